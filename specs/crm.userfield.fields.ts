/**
 * crm.userfield.fields. Sources: the official pages api-reference/crm/universal/user-defined-fields/crm-userfield-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may
 * call it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.userfield.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля описания пользовательского поля', en: 'Get the custom field description fields' },
  description: {
    ru: 'Метод `crm.userfield.fields` описывает поля, которыми задается пользовательское поле CRM.',
    en: 'The `crm.userfield.fields` method describes the fields a CRM custom field is defined by.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> описание: `type`, `title` и флаги (`isReadOnly` и другие)',
      en: 'Field -> description: `type`, `title` and flags (`isReadOnly` and others)',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'describeUserFieldFields',
      title: { ru: 'Получить поля', en: 'Get the fields' },
      params: {},
      result: {
        ID: { type: 'int', title: 'ID', isReadOnly: true },
        ENTITY_ID: { type: 'string', title: 'Object', isImmutable: true },
        FIELD_NAME: { type: 'string', title: 'Code', isImmutable: true },
        USER_TYPE_ID: { type: 'string', title: 'Data Type', isImmutable: true },
        XML_ID: { type: 'string', title: 'External ID (XML ID)' },
        SORT: { type: 'int', title: 'Sorting' },
        MULTIPLE: { type: 'char', title: 'Multiple' },
        MANDATORY: { type: 'char', title: 'Mandatory' },
        SHOW_FILTER: { type: 'char', title: 'Show in list filter' },
        SHOW_IN_LIST: { type: 'char', title: 'Show in list' },
        EDIT_IN_LIST: { type: 'char', title: 'Allow user editing' },
        IS_SEARCHABLE: { type: 'char', title: 'Field values are searchable' },
        EDIT_FORM_LABEL: { type: 'string', title: 'Label in edit form' },
        LIST_COLUMN_LABEL: { type: 'string', title: 'Header in list' },
        LIST_FILTER_LABEL: { type: 'string', title: 'Filter label in list' },
        ERROR_MESSAGE: { type: 'string', title: 'Error message' },
        HELP_MESSAGE: { type: 'string', title: 'Help' },
        LIST: { type: 'uf_enum_element', title: 'List elements', isMultiple: true },
        SETTINGS: { type: 'object', title: 'Additional settings (dependent on type)' },
      },
      time: {
        start: 1773992295,
        finish: 1773992295.958088,
        duration: 0.9580879211425781,
        processing: 0,
        date_start: '2026-03-20T10:38:15+02:00',
        date_finish: '2026-03-20T10:38:15+02:00',
        operating_reset_at: 1773992895,
        operating: 0,
      },
    },
  ],
  related: ['crm.userfield.types', 'crm.userfield.enumeration.fields', 'crm.userfield.settings.fields'],
  operation: { kind: 'example' },
})
