/**
 * crm.automatedsolution.fields. Sources: the official pages api-reference/crm/automated-solution/
 * crm-automated-solution-fields.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, no parameters, the answer keyed by camelCase name with
 * `upperName` (not wrapped). The page lists no error rows; the family's `ACCESS_DENIED` row is kept.
 */
import { defineMethod } from '@b24kit/spec'
import { automatedSolutionFields } from './shared/automated-solution.js'
import {
  automatedSolutionDeniedRow,
  createAutomatedSolutionAccess,
  listAutomatedSolutionSiblings,
} from './shared/automated-solution-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeCamelFields } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.automatedsolution.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля цифрового рабочего места', en: 'Get the fields of a digital workplace' },
  description: {
    ru: 'Метод `crm.automatedsolution.fields` описывает поля рабочего места: тип, обязательность, только для чтения, множественность и имя в UPPER_CASE.',
    en: 'The `crm.automatedsolution.fields` method describes the fields of a workplace: type, required, read-only, multiple and the UPPER_CASE name.',
  },
  access: createAutomatedSolutionAccess('read'),
  params: [],
  result: {
    type: 'object',
    description: { ru: 'Поле -> его описание с `upperName`', en: 'Field -> its description with `upperName`' },
  },
  errors: [automatedSolutionDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'workplaceFields',
      title: { ru: 'Поля рабочего места', en: 'The workplace fields' },
      params: {},
      result: describeCamelFields(automatedSolutionFields),
    },
  ],
  related: listAutomatedSolutionSiblings('crm.automatedsolution.fields'),
  operation: { kind: 'fields', entity: 'automatedSolution', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: "the family's pages refuse a user without administrative access to CRM with this row; the fields page lists no rows",
  },
]
