/**
 * crm.enum.fields. Sources: the official pages api-reference/crm/auxiliary/enum/crm-enum-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user),
 * no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.enum.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля перечислений', en: 'Get the enumeration fields' },
  description: {
    ru: 'Метод `crm.enum.fields` описывает поля элементов перечислений `crm.enum.*`.',
    en: 'The `crm.enum.fields` method describes the fields of the `crm.enum.*` enumeration items.',
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
      id: 'describeEnumFields',
      title: { ru: 'Получить поля перечислений', en: 'Get the enumeration fields' },
      params: {},
      result: {
        ID: { type: 'int', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' },
        NAME: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Name',
        },
        SYMBOL_CODE: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Symbol code',
        },
        SYMBOL_CODE_SHORT: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Short symbol code',
        },
      },
      time: {
        start: 1750152521.485259,
        finish: 1750152521.526358,
        duration: 0.041098833084106445,
        processing: 0.00034499168395996094,
        date_start: '2025-06-17T12:28:41+03:00',
        date_finish: '2025-06-17T12:28:41+03:00',
        operating_reset_at: 1750153121,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
