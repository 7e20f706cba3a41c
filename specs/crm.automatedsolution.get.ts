/**
 * crm.automatedsolution.get. Sources: the official pages api-reference/crm/automated-solution/
 * crm-automated-solution-get.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, `id`, the answer `{ automatedSolution }`, the error table and the
 * sample `NOT_FOUND` answer with its server texts. The example reads the default store's workplace 393.
 */
import { defineMethod } from '@b24kit/spec'
import {
  automatedSolutionDeniedRow,
  automatedSolutionIdParam,
  automatedSolutionNotFoundRow,
  createAutomatedSolutionAccess,
  createAutomatedSolutionResult,
  keepSiblingLinks,
  listAutomatedSolutionSiblings,
} from './shared/automated-solution-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.automatedsolution.get',
  scope: 'crm',
  summary: { ru: 'Получить цифровое рабочее место по id', en: 'Get a digital workplace by ID' },
  description: {
    ru: 'Метод `crm.automatedsolution.get` возвращает цифровое рабочее место по `id` в `automatedSolution`.',
    en: 'The `crm.automatedsolution.get` method returns a digital workplace by `id` in `automatedSolution`.',
  },
  access: createAutomatedSolutionAccess('read'),
  params: [automatedSolutionIdParam],
  result: createAutomatedSolutionResult('Рабочее место в `automatedSolution`', 'The workplace in `automatedSolution`'),
  errors: [automatedSolutionDeniedRow, automatedSolutionNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getWorkplace393',
      title: { ru: 'Получить рабочее место 393', en: 'Get the workplace 393' },
      params: { id: 393 },
      result: { automatedSolution: { id: 393, title: 'HR', typeIds: [4, 9, 77, 157, 225] } },
    },
  ],
  related: listAutomatedSolutionSiblings('crm.automatedsolution.get'),
  operation: {
    kind: 'get',
    entity: 'automatedSolution',
    by: 'id',
    notFound: 'notFound',
    naming: 'camel',
    wrap: 'automatedSolution',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepSiblingLinks('crm.automatedsolution.get')
