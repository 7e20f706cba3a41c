/**
 * crm.currency.localizations.get. Sources: the official pages api-reference/crm/currency/localizations/crm-currency-localizations-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it, `id`, the localizations by language, two error rows.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import { currencyDeniedRow, currencyReadAccess, listLocalizationSiblings } from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.localizations.get',
  scope: 'crm',
  summary: { ru: 'Получить локализации валюты', en: 'Get the currency localizations' },
  description: {
    ru: 'Метод `crm.currency.localizations.get` возвращает название и формат вывода валюты для каждого языка.',
    en: 'The `crm.currency.localizations.get` method returns the currency name and output format for each language.',
  },
  access: currencyReadAccess,
  params: [
    {
      name: 'id',
      type: 'string',
      required: false,
      description: { ru: 'Код валюты (`CURRENCY`), например `USD`.', en: 'The currency code (`CURRENCY`), such as `USD`.' },
    },
  ],
  result: {
    type: 'object',
    description: {
      ru: 'Язык -> поля локализации (`crm.currency.localizations.fields`)',
      en: 'Language -> localization fields (`crm.currency.localizations.fields`)',
    },
  },
  errors: [
    currencyDeniedRow,
    {
      id: 'invalidId',
      code: '',
      status: 400,
      text: 'The parameter id is invalid or not defined.',
      kind: 'invalidParams',
      when: { ru: '`id` не передан или не называет валюту', en: '`id` is missing or names no currency' },
    },
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'localizationsGetExample',
      title: { ru: 'Локализации доллара', en: 'The dollar localizations' },
      params: { id: 'USD' },
      result: {
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
          FULL_NAME: 'US-Dollar',
          DEC_POINT: '.',
          THOUSANDS_SEP: '&nbsp;',
          DECIMALS: '2',
          THOUSANDS_VARIANT: 'B',
          HIDE_ZERO: 'Y',
        },
      },
      time: {
        start: 1718114356.076467,
        finish: 1718114356.682042,
        duration: 0.6055748462677002,
        processing: 0.03888106346130371,
        date_start: '2024-06-11T15:59:16+02:00',
        date_finish: '2024-06-11T15:59:16+02:00',
        operating: 0,
      },
    },
  ],
  related: listLocalizationSiblings('crm.currency.localizations.get'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
