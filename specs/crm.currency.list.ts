/**
 * crm.currency.list. Sources: the official pages api-reference/crm/currency/crm-currency-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `order`,
 * the currencies as result, two error rows.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 * The page's sample answer lists USD twice (the second with rate 68.79); it is kept as printed.
 */
import { defineMethod } from '@b24kit/spec'
import { currencyDeniedRow, currencyReadAccess, listCurrencySiblings } from './shared/currency-method.js'

export default defineMethod({
  method: 'crm.currency.list',
  scope: 'crm',
  summary: { ru: 'Получить список валют', en: 'List currencies' },
  description: {
    ru: 'Метод `crm.currency.list` возвращает валюты портала с курсами и форматом вывода.',
    en: 'The `crm.currency.list` method returns the portal currencies with their rates and output format.',
  },
  access: currencyReadAccess,
  params: [
    {
      name: 'order',
      type: 'object',
      required: false,
      description: {
        ru: 'Сортировка: поле -> `asc` или `desc` (поля `sort`, `currency`).',
        en: 'Sort order: field -> `asc` or `desc` (fields `sort`, `currency`).',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Валюты (поля как у `crm.currency.fields`, числа строками)',
      en: 'The currencies (fields as in `crm.currency.fields`, numbers as strings)',
    },
  },
  errors: [
    currencyDeniedRow,
    {
      id: 'listFailed',
      code: '',
      status: 400,
      text: 'Failed to get list. General error.',
      kind: 'serverError',
      when: { ru: 'Список не получен, причину портал не сообщил', en: 'The list failed and the portal gave no reason' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listCurrencyExample',
      title: { ru: 'Валюты по сортировке и коду', en: 'Currencies by sort and code' },
      params: {
        order: { sort: 'asc', currency: 'asc' },
      },
      result: [
        {
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
        },
        {
          CURRENCY: 'USD',
          AMOUNT_CNT: '1',
          AMOUNT: '68.7900',
          SORT: '200',
          BASE: 'N',
          FULL_NAME: 'United States Dollar',
          LID: 'de',
          FORMAT_STRING: '$#',
          DEC_POINT: '.',
          THOUSANDS_SEP: null,
          DECIMALS: '2',
          DATE_UPDATE: '2023-03-21T15:19:50+02:00',
        },
        {
          CURRENCY: 'EUR',
          AMOUNT_CNT: '1',
          AMOUNT: '78.3200',
          SORT: '300',
          BASE: 'N',
          FULL_NAME: 'Euro',
          LID: 'de',
          FORMAT_STRING: '# €',
          DEC_POINT: '.',
          THOUSANDS_SEP: '&nbsp;',
          DECIMALS: '2',
          DATE_UPDATE: '2023-03-21T15:19:50+02:00',
        },
        {
          CURRENCY: 'CAD',
          AMOUNT_CNT: '1',
          AMOUNT: '32.2000',
          SORT: '500',
          BASE: 'N',
          FULL_NAME: 'Canadian Dollar',
          LID: 'de',
          FORMAT_STRING: '# CAD',
          DEC_POINT: '.',
          THOUSANDS_SEP: '&nbsp;',
          DECIMALS: '2',
          DATE_UPDATE: '2023-03-21T15:19:50+02:00',
        },
      ],
      time: {
        start: 1716986687.629166,
        finish: 1716986688.481436,
        duration: 0.8522701263427734,
        processing: 0.014969825744628906,
        date_start: '2024-05-29T14:44:47+02:00',
        date_finish: '2024-05-29T14:44:48+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.list'),
  operation: { kind: 'example' },
})
