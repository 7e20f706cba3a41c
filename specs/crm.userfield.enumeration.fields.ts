/**
 * crm.userfield.enumeration.fields. Sources: the official pages api-reference/crm/universal/user-defined-fields/crm-userfield-enumeration-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.userfield.enumeration.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля элемента списка', en: 'Get the list item fields' },
  description: {
    ru: 'Метод `crm.userfield.enumeration.fields` описывает поля элемента пользовательского поля типа «список».',
    en: 'The `crm.userfield.enumeration.fields` method describes the fields of an item of a list-type custom field.',
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
      id: 'describeEnumerationFields',
      title: { ru: 'Получить поля элемента списка', en: 'Get the list item fields' },
      params: {},
      result: {
        ID: { type: 'int', title: 'ID', isReadOnly: true },
        SORT: { type: 'int', title: 'Sorting' },
        VALUE: { type: 'string', title: 'Value' },
        DEF: { type: 'string', title: 'Default Value' },
        DEL: { type: 'string', title: 'Element Deletion Flag' },
      },
      time: {
        start: 1773992153,
        finish: 1773992153.048253,
        duration: 0.04825305938720703,
        processing: 0,
        date_start: '2026-03-20T10:35:53+02:00',
        date_finish: '2026-03-20T10:35:53+02:00',
        operating_reset_at: 1773992753,
        operating: 0,
      },
    },
  ],
  related: ['crm.userfield.fields', 'crm.userfield.types', 'crm.userfield.settings.fields'],
  operation: { kind: 'example' },
})
