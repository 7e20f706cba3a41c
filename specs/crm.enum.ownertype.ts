/**
 * crm.enum.ownertype. Sources: the official pages api-reference/crm/auxiliary/enum/crm-enum-owner-type.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any
 * user), no parameters, the sample answer (the portal's object types, smart processes included).
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.enum.ownertype',
  scope: 'crm',
  summary: { ru: 'Получить типы объектов CRM', en: 'Get the CRM object types' },
  description: {
    ru: 'Метод `crm.enum.ownertype` возвращает типы объектов CRM: идентификатор, название и символьные коды.',
    en: 'The `crm.enum.ownertype` method returns the CRM object types: id, name and symbolic codes.',
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
      id: 'listOwnerTypes',
      title: { ru: 'Получить типы объектов', en: 'Get the object types' },
      params: {},
      result: [
        { ID: 1, NAME: 'Lead', SYMBOL_CODE: 'LEAD', SYMBOL_CODE_SHORT: 'L' },
        { ID: 2, NAME: 'Deal', SYMBOL_CODE: 'DEAL', SYMBOL_CODE_SHORT: 'D' },
        { ID: 3, NAME: 'Contact', SYMBOL_CODE: 'CONTACT', SYMBOL_CODE_SHORT: 'C' },
        { ID: 4, NAME: 'Company', SYMBOL_CODE: 'COMPANY', SYMBOL_CODE_SHORT: 'CO' },
        { ID: 5, NAME: 'Invoice (old version)', SYMBOL_CODE: 'INVOICE', SYMBOL_CODE_SHORT: 'I' },
        { ID: 31, NAME: 'Invoice', SYMBOL_CODE: 'SMART_INVOICE', SYMBOL_CODE_SHORT: 'SI' },
        { ID: 7, NAME: 'Quote', SYMBOL_CODE: 'QUOTE', SYMBOL_CODE_SHORT: 'Q' },
        { ID: 8, NAME: 'Billing Details', SYMBOL_CODE: 'REQUISITE', SYMBOL_CODE_SHORT: 'RQ' },
        { ID: 36, NAME: 'Document', SYMBOL_CODE: 'SMART_DOCUMENT', SYMBOL_CODE_SHORT: 'DO' },
        { ID: 39, NAME: 'Company Document', SYMBOL_CODE: 'SMART_B2E_DOC', SYMBOL_CODE_SHORT: 'SBD' },
        { ID: 177, NAME: 'Equipment Purchase', SYMBOL_CODE: 'DYNAMIC_177', SYMBOL_CODE_SHORT: 'Tb1' },
        { ID: 156, NAME: 'Purchase', SYMBOL_CODE: 'DYNAMIC_156', SYMBOL_CODE_SHORT: 'T9c' },
      ],
      time: {
        start: 1750153184.228934,
        finish: 1750153184.262921,
        duration: 0.03398704528808594,
        processing: 0.0008471012115478516,
        date_start: '2025-06-17T12:39:44+03:00',
        date_finish: '2025-06-17T12:39:44+03:00',
        operating_reset_at: 1750153784,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})
