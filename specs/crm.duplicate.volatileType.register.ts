/**
 * crm.duplicate.volatileType.register. Sources: the official pages
 * api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-register.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an
 * administrator), `entityTypeId` and `fieldCode`, the answer `{ id }`, three error rows.
 * Example-backed (see specs/shared/duplicate-method.ts): the mock answers the page's example (the
 * lead title as record 3355) and `fieldNotFound` for any other field.
 */
import { defineMethod } from '@b24kit/spec'
import { duplicateAdminAccess, duplicateDeniedRow, listVolatileTypeSiblings } from './shared/duplicate-method.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.duplicate.volatileType.register',
  scope: 'crm',
  summary: { ru: 'Добавить поле в поиск дубликатов', en: 'Add a field to the duplicate search' },
  description: {
    ru: 'Метод `crm.duplicate.volatileType.register` добавляет поле объекта в поиск дубликатов. Таких полей может быть не больше семи.',
    en: 'The `crm.duplicate.volatileType.register` method adds an object field to the duplicate search. At most seven such fields can be added.',
  },
  access: duplicateAdminAccess,
  params: [
    {
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      description: {
        ru: 'Тип объекта CRM: `1` лид, `3` контакт, `4` компания.',
        en: 'The CRM object type: `1` lead, `3` contact, `4` company.',
      },
    },
    {
      name: 'fieldCode',
      type: 'string',
      required: true,
      description: {
        ru: 'Код поля из ответа `crm.duplicate.volatileType.fields`.',
        en: 'The field code, as `crm.duplicate.volatileType.fields` answers it.',
      },
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Идентификатор новой записи в `id`', en: 'The id of the new record in `id`' },
  },
  errors: [
    createErrorRow(
      'fieldNotFound',
      'FIELD_NOT_FOUND',
      'Field not found',
      'notFound',
      'У этого типа объектов нет поля `fieldCode`, доступного для поиска',
      'This object type has no searchable field `fieldCode`',
    ),
    createErrorRow(
      'maxTypesCountExceeded',
      'MAX_TYPES_COUNT_EXCEEDED',
      'There is already a maximum number of volatile types',
      'invalidParams',
      'Все семь мест для дополнительных полей заняты',
      'All seven slots for extra fields are taken',
    ),
    duplicateDeniedRow,
  ],
  errorExample: 'fieldNotFound',
  examples: [
    {
      id: 'registerLeadTitle',
      title: { ru: 'Искать дубликаты лидов по названию', en: 'Search lead duplicates by title' },
      params: { entityTypeId: 1, fieldCode: 'TITLE' },
      result: { id: 3355 },
      time: {
        start: 1750934251.736599,
        finish: 1750934252.028757,
        duration: 0.2921581268310547,
        processing: 0.24904417991638184,
        date_start: '2025-06-26T13:37:31+03:00',
        date_finish: '2025-06-26T13:37:32+03:00',
        operating_reset_at: 1750934851,
        operating: 0.24902796745300293,
      },
    },
  ],
  related: listVolatileTypeSiblings('crm.duplicate.volatileType.register'),
  operation: { kind: 'example', noMatch: 'fieldNotFound' },
})
