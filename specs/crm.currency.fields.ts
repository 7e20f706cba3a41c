/**
 * crm.currency.fields. Sources: the official pages api-reference/crm/currency/crm-currency-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, no
 * parameters, the field descriptions, one error row.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import { currencyReadAccess, keepUnspecifiedLinks, listCurrencySiblings } from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля валюты', en: 'Get the currency fields' },
  description: {
    ru: 'Метод `crm.currency.fields` описывает поля валюты: тип, доступность для изменения и название.',
    en: 'The `crm.currency.fields` method describes the currency fields: type, whether writable, and title.',
  },
  access: currencyReadAccess,
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [
    {
      id: 'accessDenied',
      code: '',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права на настройки CRM', en: 'The user has no right to the CRM settings' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'fieldsCurrencyExample',
      title: { ru: 'Получить поля валюты', en: 'Get the currency fields' },
      params: {},
      result: {
        CURRENCY: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Currency',
        },
        AMOUNT_CNT: {
          type: 'int',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Face value',
        },
        AMOUNT: {
          type: 'double',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Exchange rate',
        },
        BASE: {
          type: 'char',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Base currency',
        },
        SORT: {
          type: 'int',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Sorting',
        },
        DATE_UPDATE: {
          type: 'datetime',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Date modified',
        },
        LID: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Website',
        },
        FORMAT_STRING: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Currency output format string',
        },
        FULL_NAME: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Name',
        },
        DEC_POINT: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Decimal point for output',
        },
        THOUSANDS_SEP: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Custom thousands separator for output',
        },
        DECIMALS: {
          type: 'int',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Number of decimal places',
        },
        LANG: {
          type: 'currency_localization',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: true,
          isDynamic: false,
          title: 'Language binding',
        },
      },
      time: {
        start: 1716974732.518201,
        finish: 1716974733.260832,
        duration: 0.7426309585571289,
        processing: 0.018947124481201172,
        date_start: '2024-05-29T11:25:32+02:00',
        date_finish: '2024-05-29T11:25:33+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.fields'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepUnspecifiedLinks(['crm.currency.add', 'crm.currency.get'])]
