/**
 * crm.currency.get. Sources: the official pages api-reference/crm/currency/crm-currency-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`
 * (typed `crm_currency.CURRENCY`, a currency code), the currency with its `LANG` localizations, two
 * error rows. Example-backed (see specs/shared/currency-method.ts): the mock answers the page's USD and
 * `notFound` for any other code.
 */
import { defineMethod } from '@b24kit/spec'
import { createCurrencyCodeParam, currencyDeniedRow, currencyReadAccess, listCurrencySiblings } from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.get',
  scope: 'crm',
  summary: { ru: 'Получить валюту по коду', en: 'Get a currency by its code' },
  description: {
    ru: 'Метод `crm.currency.get` возвращает валюту по ее коду вместе с форматами для каждого языка портала (`LANG`).',
    en: 'The `crm.currency.get` method returns a currency by its code, with its formats for each language of the portal (`LANG`).',
  },
  access: currencyReadAccess,
  params: [createCurrencyCodeParam(false)],
  result: {
    type: 'object',
    description: {
      ru: 'Валюта: `CURRENCY`, `AMOUNT`, `AMOUNT_CNT`, `BASE`, `SORT`, формат и `LANG`',
      en: 'The currency: `CURRENCY`, `AMOUNT`, `AMOUNT_CNT`, `BASE`, `SORT`, its format and `LANG`',
    },
  },
  errors: [
    currencyDeniedRow,
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found',
      kind: 'notFound',
      when: { ru: 'Валюты с таким кодом нет', en: 'No currency has this code' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getUsd',
      title: { ru: 'Получить доллар США', en: 'Get the US dollar' },
      params: { id: 'USD' },
      result: {
        CURRENCY: 'USD',
        AMOUNT_CNT: '1',
        AMOUNT: '1.0000',
        SORT: '100',
        BASE: 'Y',
        FULL_NAME: 'United States Dollar',
        LID: 'de',
        FORMAT_STRING: '# $',
        DEC_POINT: '.',
        THOUSANDS_SEP: '&nbsp;',
        DECIMALS: '2',
        DATE_UPDATE: '2024-01-29T12:28:40+02:00',
        LANG: {
          en: {
            FORMAT_STRING: '$#',
            FULL_NAME: 'United States Dollar',
            DEC_POINT: '.',
            THOUSANDS_SEP: null,
            DECIMALS: '2',
            THOUSANDS_VARIANT: 'C',
            HIDE_ZERO: 'Y',
          },
          de: {
            FORMAT_STRING: '# $',
            FULL_NAME: 'United States Dollar',
            DEC_POINT: '.',
            THOUSANDS_SEP: '&nbsp;',
            DECIMALS: '2',
            THOUSANDS_VARIANT: 'B',
            HIDE_ZERO: 'Y',
          },
        },
      },
      time: {
        start: 1718357792.091095,
        finish: 1718357792.889212,
        duration: 0.79811692237854,
        processing: 0.10800814628601074,
        date_start: '2024-06-14T11:36:32+02:00',
        date_finish: '2024-06-14T11:36:32+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.get'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'result.type',
    docs: 'crm_currency',
    reason:
      'the page types the result as the currency record (an object); as a field type `crm_currency` is a currency code, which the importer reads',
  },
]
