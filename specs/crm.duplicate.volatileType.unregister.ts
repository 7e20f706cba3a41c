/**
 * crm.duplicate.volatileType.unregister. Sources: the official pages
 * api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-unregister.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an
 * administrator), `id`, the answer `true`, two error rows.
 * Example-backed (see specs/shared/duplicate-method.ts): the mock answers the page's example (record
 * 101) and `typeIsNotAssigned` for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import { duplicateAdminAccess, duplicateDeniedRow, listVolatileTypeSiblings } from './shared/duplicate-method.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.duplicate.volatileType.unregister',
  scope: 'crm',
  summary: { ru: 'Убрать поле из поиска дубликатов', en: 'Remove a field from the duplicate search' },
  description: {
    ru: 'Метод `crm.duplicate.volatileType.unregister` убирает из поиска дубликатов поле, добавленное `crm.duplicate.volatileType.register`, и освобождает его место.',
    en: 'The `crm.duplicate.volatileType.unregister` method removes a field that `crm.duplicate.volatileType.register` added from the duplicate search, freeing its slot.',
  },
  access: duplicateAdminAccess,
  params: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      spellings: ['ID', 'id'],
      coercion: 'php-int',
      minimum: 1,
      description: {
        ru: 'Идентификатор записи из `crm.duplicate.volatileType.list`.',
        en: 'The record id, as `crm.duplicate.volatileType.list` answers it.',
      },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true` при успехе', en: '`true` on success' } },
  errors: [
    createErrorRow(
      'typeIsNotAssigned',
      'TYPE_IS_NOT_ASSIGNED',
      'This type is not assigned',
      'notFound',
      'Записи с таким `id` нет',
      'No record has this `id`',
    ),
    duplicateDeniedRow,
  ],
  errorExample: 'typeIsNotAssigned',
  examples: [
    {
      id: 'unregister101',
      title: { ru: 'Убрать запись 101 из поиска дубликатов', en: 'Remove record 101 from the duplicate search' },
      params: { id: 101 },
      result: true,
      time: {
        start: 1750935024.602893,
        finish: 1750935024.719883,
        duration: 0.1169898509979248,
        processing: 0.05846285820007324,
        date_start: '2025-06-26T13:50:24+03:00',
        date_finish: '2025-06-26T13:50:24+03:00',
        operating_reset_at: 1750935624,
        operating: 0,
      },
    },
  ],
  related: listVolatileTypeSiblings('crm.duplicate.volatileType.unregister'),
  operation: { kind: 'example', noMatch: 'typeIsNotAssigned' },
})
