/**
 * crm.duplicate.volatileType.fields. Sources: the official pages
 * api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator),
 * `entityTypeId`, the answer (an array of `entityTypeId`, `fieldCode`, `fieldTitle`), the error row.
 * Example-backed (see specs/shared/duplicate-method.ts): the mock answers the page's list for leads.
 */
import { defineMethod } from '@b24kit/spec'
import { duplicateAdminAccess, duplicateDeniedRow, listVolatileTypeSiblings } from './shared/duplicate-method.js'

export default defineMethod({
  method: 'crm.duplicate.volatileType.fields',
  scope: 'crm',
  summary: { ru: 'Поля, доступные для поиска дубликатов', en: 'Fields available to the duplicate search' },
  description: {
    ru: 'Метод `crm.duplicate.volatileType.fields` перечисляет поля, которые можно добавить в поиск дубликатов, для одного типа объектов или для всех.',
    en: 'The `crm.duplicate.volatileType.fields` method lists the fields that can be added to the duplicate search, for one object type or for all.',
  },
  access: duplicateAdminAccess,
  params: [
    {
      name: 'entityTypeId',
      type: 'integer',
      required: false,
      description: {
        ru: 'Тип объекта CRM: `1` лид, `3` контакт, `4` компания. Без него — поля всех трех.',
        en: 'The CRM object type: `1` lead, `3` contact, `4` company. Without it, the fields of all three.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Массив полей: `entityTypeId`, `fieldCode`, `fieldTitle`',
      en: 'An array of fields: `entityTypeId`, `fieldCode`, `fieldTitle`',
    },
  },
  errors: [duplicateDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'leadFields',
      title: { ru: 'Поля лидов для поиска дубликатов', en: 'Lead fields for the duplicate search' },
      params: { entityTypeId: 1 },
      result: [
        { entityTypeId: 1, fieldCode: 'TITLE', fieldTitle: 'Lead Name' },
        { entityTypeId: 1, fieldCode: 'ADDRESS', fieldTitle: 'Address' },
        { entityTypeId: 1, fieldCode: 'UF_CRM_1750854801', fieldTitle: 'String' },
      ],
      time: {
        start: 1750854837.219779,
        finish: 1750854837.296077,
        duration: 0.07629799842834473,
        processing: 0.028430938720703125,
        date_start: '2025-06-25T12:33:57+00:00',
        date_finish: '2025-06-25T12:33:57+00:00',
      },
    },
  ],
  related: listVolatileTypeSiblings('crm.duplicate.volatileType.fields'),
  operation: { kind: 'example' },
})
