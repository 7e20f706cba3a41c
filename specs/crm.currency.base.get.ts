/**
 * crm.currency.base.get. Sources: the official pages api-reference/crm/currency/crm-currency-base-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any
 * user), no parameters, the base currency's code (typed `crm_currency.CURRENCY`). The page lists no
 * error rows of its own, so the sample error is a system row. Example-backed (see
 * specs/shared/currency-method.ts): the mock answers the page's USD.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.currency.base.get',
  scope: 'crm',
  summary: { ru: 'Получить базовую валюту', en: 'Get the base currency' },
  description: {
    ru: 'Метод `crm.currency.base.get` возвращает код базовой валюты портала, в которой считаются суммы отчетов.',
    en: 'The `crm.currency.base.get` method returns the code of the portal base currency, in which report sums are counted.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: { type: 'string', description: { ru: 'Код базовой валюты, например `USD`', en: 'The base currency code, such as `USD`' } },
  errors: [],
  errorExample: 'internalServerError',
  examples: [
    {
      id: 'getBaseCurrency',
      title: { ru: 'Узнать базовую валюту', en: 'Read the base currency' },
      params: {},
      result: 'USD',
      time: {
        start: 1718095046.076052,
        finish: 1718095046.889631,
        duration: 0.8135790824890137,
        processing: 0.06328010559082031,
        date_start: '2024-06-11T10:37:26+02:00',
        date_finish: '2024-06-11T10:37:26+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.currency.base.set'],
  operation: { kind: 'example' },
})
