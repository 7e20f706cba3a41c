/**
 * crm.automatedsolution.delete. Sources: the official pages api-reference/crm/automated-solution/
 * crm-automated-solution-delete.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, `id`, the answer `null`, the error table and the sample
 * `HAS_BOUND_TYPES` answer with its server texts. The example deletes the default store's workplace 5,
 * which holds no smart processes. The mock does not refuse a workplace that still has smart processes
 * (`HAS_BOUND_TYPES`); the row is listed for the client.
 */
import { defineMethod } from '@b24kit/spec'
import {
  automatedSolutionDeniedRow,
  automatedSolutionIdParam,
  automatedSolutionNotFoundRow,
  createAutomatedSolutionAccess,
  listAutomatedSolutionSiblings,
} from './shared/automated-solution-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.automatedsolution.delete',
  scope: 'crm',
  summary: { ru: 'Удалить цифровое рабочее место', en: 'Delete a digital workplace' },
  description: {
    ru: 'Метод `crm.automatedsolution.delete` удаляет цифровое рабочее место по `id`. Рабочее место со смарт-процессами удалить нельзя: сначала их нужно перенести.',
    en: 'The `crm.automatedsolution.delete` method deletes a digital workplace by `id`. A workplace that holds smart processes cannot be deleted: move them out first.',
  },
  access: createAutomatedSolutionAccess('delete'),
  params: [automatedSolutionIdParam],
  result: { type: 'null', const: null, description: { ru: '`null` при успехе', en: '`null` on success' } },
  errors: [
    automatedSolutionDeniedRow,
    createErrorRow(
      'hasBoundTypes',
      'HAS_BOUND_TYPES',
      {
        ru: 'Не можем удалить рабочее место, в котором есть смарт-процессы. Перенесите их в другое рабочее место',
        en: 'Cannot delete the workplace that has SPAs. Move them to another workplace',
      },
      'invalidRequest',
      'В рабочем месте есть смарт-процессы',
      'The workplace still holds smart processes',
    ),
    automatedSolutionNotFoundRow,
  ],
  errorExample: 'hasBoundTypes',
  examples: [
    {
      id: 'deleteWorkplace5',
      title: { ru: 'Удалить рабочее место 5', en: 'Delete the workplace 5' },
      params: { id: 5 },
      result: null,
    },
  ],
  related: listAutomatedSolutionSiblings('crm.automatedsolution.delete'),
  operation: {
    kind: 'delete',
    entity: 'automatedSolution',
    by: 'id',
    cascade: false,
    notFound: 'notFound',
    naming: 'camel',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[notFound]',
    docs: '(absent)',
    reason: "an `id` no workplace has is answered with the get page's `NOT_FOUND` row; the delete page's table leaves it out",
  },
]
