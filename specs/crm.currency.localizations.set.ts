/**
 * crm.currency.localizations.set. Sources: the official pages api-reference/crm/currency/localizations/crm-currency-localizations-set.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it, `id` and `localizations`, `true` as result, two error rows.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import {
  createCurrencyCodeParam,
  currencyDeniedRow,
  currencyWriteAccess,
  keepSettingsPermission,
  listLocalizationSiblings,
} from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.localizations.set',
  scope: 'crm',
  summary: { ru: 'Задать локализации валюты', en: 'Set the currency localizations' },
  description: {
    ru: 'Метод `crm.currency.localizations.set` задает название и формат вывода валюты для переданных языков.',
    en: 'The `crm.currency.localizations.set` method sets the currency name and output format for the languages sent.',
  },
  access: currencyWriteAccess,
  params: [
    createCurrencyCodeParam(true),
    {
      name: 'localizations',
      type: 'object',
      required: true,
      description: {
        ru: 'Язык -> поля локализации (`crm.currency.localizations.fields`).',
        en: 'Language -> localization fields (`crm.currency.localizations.fields`).',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если локализации сохранены', en: '`true` once the localizations are saved' },
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
      id: 'localizationsSetExample',
      title: { ru: 'Локализации чилийской расчетной единицы', en: 'Localizations of the Chilean unit of account' },
      params: {
        id: 'CLF',
        localizations: {
          en: { FULL_NAME: 'Unidad de Fomento', FORMAT_STRING: 'CLF#VALUE#', DEC_POINT: '.', THOUSANDS_VARIANT: 'C', DECIMALS: 4 },
          de: { FULL_NAME: 'Einheit der Entwicklung', FORMAT_STRING: '#VALUE# CLF', DEC_POINT: '.', THOUSANDS_VARIANT: 'B', DECIMALS: 4 },
        },
      },
      result: true,
      time: {
        start: 1718122481.837301,
        finish: 1718122483.141736,
        duration: 1.3044350147247314,
        processing: 0.08866286277770996,
        date_start: '2024-06-11T18:14:41+02:00',
        date_finish: '2024-06-11T18:14:43+02:00',
        operating: 0,
      },
    },
  ],
  related: listLocalizationSiblings('crm.currency.localizations.set'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepSettingsPermission('update')]
