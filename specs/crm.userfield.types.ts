/**
 * crm.userfield.types. Sources: the official pages api-reference/crm/universal/user-defined-fields/crm-userfield-types.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may
 * call it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.userfield.types',
  scope: 'crm',
  summary: { ru: 'Получить типы пользовательских полей', en: 'Get the custom field types' },
  description: {
    ru: 'Метод `crm.userfield.types` возвращает типы пользовательских полей CRM: код и название.',
    en: 'The `crm.userfield.types` method returns the CRM custom field types: code and title.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: { ru: 'Типы: `ID`, `title`', en: 'The types: `ID`, `title`' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listUserFieldTypes',
      title: { ru: 'Получить типы', en: 'Get the types' },
      params: {},
      result: [
        { ID: 'string', title: 'String' },
        { ID: 'integer', title: 'Integer' },
        { ID: 'double', title: 'Number' },
        { ID: 'boolean', title: 'Yes/No' },
        { ID: 'enumeration', title: 'List' },
        { ID: 'datetime', title: 'Date/Time' },
        { ID: 'date', title: 'Date' },
        { ID: 'money', title: 'Money' },
        { ID: 'url', title: 'Link' },
        { ID: 'address', title: 'Google Maps Address' },
        { ID: 'file', title: 'File' },
        { ID: 'employee', title: 'Binding to User' },
        { ID: 'crm_status', title: 'Binding to CRM Directories' },
        { ID: 'iblock_section', title: 'Binding to Information Block Sections' },
        { ID: 'iblock_element', title: 'Binding to Information Block Elements' },
        { ID: 'crm', title: 'Binding to CRM Entities' },
      ],
      time: {
        start: 1773992560,
        finish: 1773992560.044522,
        duration: 0.04452204704284668,
        processing: 0,
        date_start: '2026-03-20T10:42:40+02:00',
        date_finish: '2026-03-20T10:42:40+02:00',
        operating_reset_at: 1773993160,
        operating: 0,
      },
    },
  ],
  related: ['crm.userfield.fields', 'crm.userfield.settings.fields', 'crm.userfield.enumeration.fields'],
  operation: { kind: 'example' },
})
