/**
 * crm.documentgenerator.numerator.add. Sources: the official pages
 * api-reference/crm/document-generator/numerator/crm-document-generator-numerator-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (name, template, settings), the `{ numerator }` answer and the error table. The mock stores
 * the numerator: on the default store it gets id 48 (the page's portal gave 45, which the store already
 * holds for the get and update pages) and keeps the settings as sent (the portal answers `length` 0
 * and null for empty strings).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  fieldsNotArrayRow,
  listDocgenSiblings,
  moduleMissingRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import { createNumeratorFieldsParam, createSentSettings, numeratorOperation, numeratorRecord } from './shared/numerator-method.js'

const settings = createSentSettings(1)

export default defineMethod({
  method: 'crm.documentgenerator.numerator.add',
  scope: 'crm',
  summary: { ru: 'Добавить нумератор', en: 'Add a numerator' },
  description: {
    ru: 'Метод `crm.documentgenerator.numerator.add` создает нумератор документов и возвращает его в `numerator`.',
    en: 'The `crm.documentgenerator.numerator.add` method creates a document numerator and returns it in `numerator`.',
  },
  access: templateEditorAccess,
  params: [createNumeratorFieldsParam(true)],
  result: {
    type: 'object',
    wrap: { key: 'numerator' },
    record: numeratorRecord,
    description: { ru: 'Новый нумератор в `numerator`', en: 'The new numerator in `numerator`' },
  },
  errors: [
    fieldsNotArrayRow,
    {
      id: 'requiredFieldsEmpty',
      code: '0',
      status: 400,
      text: 'Empty required fields: ...',
      kind: 'invalidParams',
      when: { ru: 'Не заполнены `name` или `template`', en: '`name` or `template` is empty' },
    },
    templatesForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'fieldsNotArray',
  examples: [
    {
      id: 'addRestNumerator',
      title: { ru: 'Добавить нумератор с шаблоном `{NUMBER}`', en: 'Add a numerator with the `{NUMBER}` template' },
      params: { fields: { name: 'REST Enumerator', template: '{NUMBER}', settings } },
      result: { numerator: { id: 48, name: 'REST Enumerator', template: '{NUMBER}', code: null, settings } },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.numerator.add'),
  operation: { kind: 'add', fields: 'fields', wrap: 'numerator', ...numeratorOperation },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
