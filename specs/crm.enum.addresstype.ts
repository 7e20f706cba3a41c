/**
 * crm.enum.addresstype. Sources: the official pages api-reference/crm/auxiliary/enum/crm-enum-address-type.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.enum.addresstype',
  scope: 'crm',
  summary: { ru: 'Получить типы адресов', en: 'Get the address types' },
  description: {
    ru: 'Метод `crm.enum.addresstype` возвращает типы адресов реквизитов: идентификатор и название.',
    en: 'The `crm.enum.addresstype` method returns the requisite address types: id and name.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: {
      ru: 'Типы: `ID`, `NAME`, `SYMBOL_CODE`, `SYMBOL_CODE_SHORT`',
      en: 'The types: `ID`, `NAME`, `SYMBOL_CODE`, `SYMBOL_CODE_SHORT`',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listAddressTypes',
      title: { ru: 'Получить типы адресов', en: 'Get the address types' },
      params: {},
      result: [
        { ID: 11, NAME: 'Shipping address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 1, NAME: 'Physical address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 6, NAME: 'Legal address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 4, NAME: 'Registered address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 8, NAME: 'Mailing address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
        { ID: 9, NAME: 'Beneficiary address', SYMBOL_CODE: null, SYMBOL_CODE_SHORT: null },
      ],
      time: {
        start: 1750152255.931318,
        finish: 1750152255.967967,
        duration: 0.03664898872375488,
        processing: 0.0003609657287597656,
        date_start: '2025-06-17T12:24:15+03:00',
        date_finish: '2025-06-17T12:24:15+03:00',
        operating_reset_at: 1750152855,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
