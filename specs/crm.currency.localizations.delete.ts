/**
 * crm.currency.localizations.delete. Sources: the official pages api-reference/crm/currency/localizations/crm-currency-localizations-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it, `id` and `lids`, `true` as result, two error rows.
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
  method: 'crm.currency.localizations.delete',
  scope: 'crm',
  summary: { ru: 'Удалить локализации валюты', en: 'Delete currency localizations' },
  description: {
    ru: 'Метод `crm.currency.localizations.delete` удаляет локализации валюты для переданных языков.',
    en: 'The `crm.currency.localizations.delete` method deletes the currency localizations of the languages sent.',
  },
  access: currencyWriteAccess,
  params: [
    createCurrencyCodeParam(true),
    {
      name: 'lids',
      type: 'array',
      required: true,
      description: {
        ru: 'Коды языков, локализации которых удалить, например `["en", "de"]`.',
        en: 'The language codes whose localizations go, such as `["en", "de"]`.',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если локализации удалены', en: '`true` once the localizations are deleted' },
  },
  errors: [
    currencyDeniedRow,
    {
      id: 'invalidId',
      code: '',
      status: 400,
      text: 'The parameter id is invalid or not defined',
      kind: 'invalidParams',
      when: { ru: '`id` не передан или не называет валюту', en: '`id` is missing or names no currency' },
    },
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'localizationsDeleteExample',
      title: { ru: 'Удалить английскую и немецкую локализации', en: 'Delete the English and German localizations' },
      params: {
        id: 'CLF',
        lids: ['en', 'de'],
      },
      result: true,
      time: {
        start: 1718117124.923431,
        finish: 1718117125.511803,
        duration: 0.588371992111206,
        processing: 0.043914079666137695,
        date_start: '2024-06-11T16:45:24+02:00',
        date_finish: '2024-06-11T16:45:25+02:00',
        operating: 0,
      },
    },
  ],
  related: listLocalizationSiblings('crm.currency.localizations.delete'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepSettingsPermission('update')]
