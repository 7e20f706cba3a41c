/**
 * crm.documentgenerator.numerator.list. Sources: the official pages
 * api-reference/crm/document-generator/numerator/crm-document-generator-numerator-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `start`, the `{ numerators }` answer with `total` and `next` and the error table. The page's portal
 * lists numerators 2 and 45 of 19; the default store holds 2, 45 and 47 (the delete page's), answered
 * with ids as numbers (the page prints strings).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listDocgenSiblings, moduleMissingRow, templateEditorAccess, templatesForbiddenRow } from './shared/document-generator.js'
import { createStoredSettings } from './shared/document-generator-entities.js'
import { numeratorOperation, numeratorRecord } from './shared/numerator-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.numerator.list',
  scope: 'crm',
  summary: { ru: 'Получить список нумераторов', en: 'List numerators' },
  description: {
    ru: 'Метод `crm.documentgenerator.numerator.list` возвращает нумераторы по 50 на страницу в `numerators`, с `total` и `next`.',
    en: 'The `crm.documentgenerator.numerator.list` method returns numerators 50 per page in `numerators`, with `total` and `next`.',
  },
  access: templateEditorAccess,
  params: [
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы: `next` предыдущего ответа.',
        en: 'The offset of the page: the `next` of the previous answer.',
      },
    },
  ],
  result: {
    type: 'object',
    wrap: { key: 'numerators', paged: true },
    record: numeratorRecord,
    description: { ru: 'Нумераторы страницы в `numerators`', en: 'The numerators of the page in `numerators`' },
  },
  errors: [templatesForbiddenRow, moduleMissingRow],
  errorExample: 'templatesForbidden',
  examples: [
    {
      id: 'listFirstPage',
      title: { ru: 'Получить первую страницу нумераторов', en: 'Get the first page of numerators' },
      params: { start: 0 },
      result: {
        numerators: [
          { id: 2, name: 'Certificate (United States)', template: '{NUMBER}', code: null, settings: createStoredSettings(1) },
          { id: 45, name: 'REST Enumerator (updated)', template: 'INV-{NUMBER}', code: null, settings: createStoredSettings(100) },
          { id: 47, name: 'REST Enumerator (to delete)', template: '{NUMBER}', code: null, settings: createStoredSettings(1) },
        ],
      },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.numerator.list'),
  operation: { kind: 'list', start: 'start', pageSize: 50, wrap: 'numerators', ...numeratorOperation },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
