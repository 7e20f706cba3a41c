/**
 * crm.currency.update. Sources: the official pages api-reference/crm/currency/crm-currency-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `ID`
 * and `fields`, `true` as result, three error rows.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import {
  currencyDeniedRow,
  currencyModuleRow,
  currencyWriteAccess,
  keepSettingsPermission,
  listCurrencySiblings,
} from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.update',
  scope: 'crm',
  summary: { ru: 'Изменить валюту', en: 'Update a currency' },
  description: {
    ru: 'Метод `crm.currency.update` меняет курс, номинал, сортировку или локализации валюты.',
    en: 'The `crm.currency.update` method changes the rate, face value, sort or localizations of a currency.',
  },
  access: currencyWriteAccess,
  params: [
    {
      name: 'ID',
      type: 'string',
      required: false,
      description: { ru: 'Код валюты (`CURRENCY`), например `USD`.', en: 'The currency code (`CURRENCY`), such as `USD`.' },
    },
    {
      name: 'fields',
      type: 'object',
      required: false,
      description: {
        ru: 'Поля для изменения (`crm.currency.fields`): `AMOUNT`, `AMOUNT_CNT`, `SORT`, `LANG`.',
        en: 'The fields to change (`crm.currency.fields`): `AMOUNT`, `AMOUNT_CNT`, `SORT`, `LANG`.',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если валюта изменена', en: '`true` once the currency is changed' },
  },
  errors: [
    currencyDeniedRow,
    currencyModuleRow,
    {
      id: 'refused',
      code: 'ERROR_CODE',
      status: 400,
      text: { ru: 'Другие ошибки в данных для изменения валюты', en: 'Other errors in the data for changing the currency' },
      kind: 'invalidParams',
      when: { ru: 'Переданные поля не приняты', en: 'The fields sent were refused' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'updateCurrencyExample',
      title: { ru: 'Сменить курс юаня', en: 'Change the yuan rate' },
      params: {
        ID: 'CNY',
        fields: { AMOUNT: 15.3449 },
      },
      result: true,
      time: {
        start: 1717764521.938284,
        finish: 1717764522.516576,
        duration: 0.5782921314239502,
        processing: 0.07656002044677734,
        date_start: '2024-06-07T14:48:41+02:00',
        date_finish: '2024-06-07T14:48:42+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.update'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepSettingsPermission('update')]
