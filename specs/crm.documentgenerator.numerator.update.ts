/**
 * crm.documentgenerator.numerator.update. Sources: the official pages
 * api-reference/crm/document-generator/numerator/crm-document-generator-numerator-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id` and `fields`, the numerator answered unwrapped (unlike add and get) and the error table. The
 * page changes numerator 45 of the default store; the mock answers its id as a number (the page prints
 * `"45"`) and keeps the settings as sent (the portal answers `length` 0 and null for empty strings).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createMissingParamRow,
  fieldsNotArrayRow,
  listDocgenSiblings,
  moduleMissingRow,
  numeratorFaultRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import {
  createNumeratorFieldsParam,
  createSentSettings,
  numeratorIdParam,
  numeratorNotFoundRow,
  numeratorOperation,
  numeratorOutOfReachRow,
  numeratorRecord,
} from './shared/numerator-method.js'

const settings = createSentSettings(100)

export default defineMethod({
  method: 'crm.documentgenerator.numerator.update',
  scope: 'crm',
  summary: { ru: 'Изменить нумератор', en: 'Update a numerator' },
  description: {
    ru: 'Метод `crm.documentgenerator.numerator.update` меняет поля нумератора и возвращает его целиком, без обертки `numerator`.',
    en: 'The `crm.documentgenerator.numerator.update` method changes a numerator and returns all of it, without a `numerator` wrapper.',
  },
  access: templateEditorAccess,
  params: [numeratorIdParam, { ...createNumeratorFieldsParam(true), invalidError: 'fieldsMissing' }],
  result: {
    type: 'object',
    record: numeratorRecord,
    description: { ru: 'Измененный нумератор', en: 'The changed numerator' },
  },
  errors: [
    createMissingParamRow('fieldsMissing', 'fields'),
    numeratorFaultRow,
    fieldsNotArrayRow,
    numeratorNotFoundRow,
    numeratorOutOfReachRow,
    templatesForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateNumerator45',
      title: { ru: 'Сменить шаблон номера нумератора 45', en: 'Change the number template of numerator 45' },
      params: { id: 45, fields: { name: 'REST Enumerator (updated)', template: 'INV-{NUMBER}', settings } },
      result: { id: 45, name: 'REST Enumerator (updated)', template: 'INV-{NUMBER}', code: null, settings },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.numerator.update'),
  operation: { kind: 'update', by: 'id', fields: 'fields', notFound: 'notFound', ...numeratorOperation },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
