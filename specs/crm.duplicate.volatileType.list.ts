/**
 * crm.duplicate.volatileType.list. Sources: the official pages
 * api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator), no
 * parameters, the answer (an array of `id`, `entityTypeId`, `fieldCode`), the error row.
 * Example-backed (see specs/shared/duplicate-method.ts): the mock answers the page's one field.
 */
import { defineMethod } from '@b24kit/spec'
import { duplicateAdminAccess, duplicateDeniedRow, listVolatileTypeSiblings } from './shared/duplicate-method.js'

export default defineMethod({
  method: 'crm.duplicate.volatileType.list',
  scope: 'crm',
  summary: { ru: 'Поля, добавленные в поиск дубликатов', en: 'Fields added to the duplicate search' },
  description: {
    ru: 'Метод `crm.duplicate.volatileType.list` перечисляет поля, которые уже добавлены в поиск дубликатов, с идентификаторами записей.',
    en: 'The `crm.duplicate.volatileType.list` method lists the fields already added to the duplicate search, with their record ids.',
  },
  access: duplicateAdminAccess,
  params: [],
  result: {
    type: 'array',
    description: {
      ru: 'Массив записей: `id`, `entityTypeId`, `fieldCode`',
      en: 'An array of records: `id`, `entityTypeId`, `fieldCode`',
    },
  },
  errors: [duplicateDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listVolatileTypes',
      title: { ru: 'Поля в поиске дубликатов', en: 'Fields in the duplicate search' },
      params: {},
      result: [{ id: 3355, entityTypeId: 1, fieldCode: 'TITLE' }],
      time: {
        start: 1750934651.513455,
        finish: 1750934651.578262,
        duration: 0.06480717658996582,
        processing: 0.017321109771728516,
        date_start: '2025-06-26T13:44:11+03:00',
        date_finish: '2025-06-26T13:44:11+03:00',
        operating_reset_at: 1750935251,
        operating: 0,
      },
    },
  ],
  related: listVolatileTypeSiblings('crm.duplicate.volatileType.list'),
  operation: { kind: 'example' },
})
