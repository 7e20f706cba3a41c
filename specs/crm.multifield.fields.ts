/**
 * crm.multifield.fields. Sources: the official pages api-reference/crm/auxiliary/multifield/crm-multifield-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may
 * call it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.multifield.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля множественных полей', en: 'Get the multi-field fields' },
  description: {
    ru: 'Метод `crm.multifield.fields` описывает поля значения множественного поля (телефон, e-mail, сайт, мессенджер).',
    en: 'The `crm.multifield.fields` method describes the fields of a multi-field value (phone, e-mail, website, messenger).',
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
      id: 'describeMultiFields',
      title: { ru: 'Получить поля', en: 'Get the fields' },
      params: {},
      result: {
        ID: { type: 'int', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' },
        TYPE_ID: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Field Type',
        },
        VALUE: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Value',
        },
        VALUE_TYPE: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Value Type',
        },
      },
      time: {
        start: 1750684622.069806,
        finish: 1750684622.120529,
        duration: 0.05072283744812012,
        processing: 0.00037217140197753906,
        date_start: '2025-06-23T16:17:02+02:00',
        date_finish: '2025-06-23T16:17:02+02:00',
        operating_reset_at: 1750685222,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
