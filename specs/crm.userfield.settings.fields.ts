/**
 * crm.userfield.settings.fields. Sources: the official pages api-reference/crm/universal/user-defined-fields/crm-userfield-settings-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it (any user), `type`, the settings' fields, one error row.
 * Example-backed: each type's settings are fixed by the portal; the mock answers the page's `double` example.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.userfield.settings.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля настроек пользовательского поля', en: 'Get the custom field settings fields' },
  description: {
    ru: 'Метод `crm.userfield.settings.fields` описывает настройки пользовательского поля заданного типа.',
    en: 'The `crm.userfield.settings.fields` method describes the settings of a custom field of the given type.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    {
      name: 'type',
      type: 'string',
      required: true,
      invalidError: 'typeMissing',
      description: {
        ru: 'Тип поля (`crm.userfield.types`), например `double`.',
        en: 'The field type (`crm.userfield.types`), such as `double`.',
      },
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Настройка -> `{type, title}`', en: 'Setting -> `{type, title}`' },
  },
  errors: [
    {
      id: 'typeMissing',
      code: '',
      status: 400,
      text: "Parameter 'type' is not specified or empty",
      kind: 'invalidParams',
      when: { ru: '`type` не передан или пуст', en: '`type` is missing or empty' },
    },
  ],
  errorExample: 'typeMissing',
  examples: [
    {
      id: 'describeDoubleSettings',
      title: { ru: 'Настройки поля типа `double`', en: 'The settings of a `double` field' },
      params: { type: 'double' },
      result: {
        DEFAULT_VALUE: { type: 'double', title: 'Default Value' },
        PRECISION: { type: 'int', title: 'Precision' },
      },
      time: {
        start: 1752132864.335154,
        finish: 1752132864.366912,
        duration: 0.03175783157348633,
        processing: 0.002053976058959961,
        date_start: '2025-07-10T10:34:24+02:00',
        date_finish: '2025-07-10T10:34:24+02:00',
        operating_reset_at: 1752133464,
        operating: 0,
      },
    },
  ],
  related: ['crm.userfield.types', 'crm.userfield.fields', 'crm.userfield.enumeration.fields'],
  operation: { kind: 'example' },
})
