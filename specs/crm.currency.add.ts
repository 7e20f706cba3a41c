/**
 * crm.currency.add. Sources: the official pages api-reference/crm/currency/crm-currency-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (the currency with its `LANG` localizations), the new code as result (typed
 * `crm_currency.CURRENCY`), four error rows. Example-backed (see specs/shared/currency-method.ts): the
 * mock answers the page's example (the yuan, `CNY`).
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
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.currency.add',
  scope: 'crm',
  summary: { ru: 'Добавить валюту', en: 'Add a currency' },
  description: {
    ru: 'Метод `crm.currency.add` добавляет валюту с курсом и форматами по языкам. Для языков, не указанных в `LANG`, берутся форматы по умолчанию.',
    en: 'The `crm.currency.add` method adds a currency with its rate and formats per language. Languages left out of `LANG` get the default formats.',
  },
  access: currencyWriteAccess,
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля валюты (`crm.currency.fields`): обязательны `CURRENCY`, `AMOUNT_CNT`, `AMOUNT`; также `BASE`, `SORT`, `LANG`.',
        en: 'The currency fields (`crm.currency.fields`): `CURRENCY`, `AMOUNT_CNT`, `AMOUNT` are required; also `BASE`, `SORT`, `LANG`.',
      },
    },
  ],
  result: { type: 'string', description: { ru: 'Код новой валюты', en: 'The code of the new currency' } },
  errors: [
    currencyDeniedRow,
    currencyModuleRow,
    createErrorRow(
      'fieldMissing',
      'ERROR_CORE',
      'Undefined array key "#FIELD#"',
      'invalidParams',
      'Не передано обязательное поле; вместо #FIELD# — его код',
      'A required field is not sent; #FIELD# stands for its code',
    ),
    createErrorRow(
      'refused',
      'ERROR_CORE',
      { ru: 'Другие ошибки в данных для создания валюты', en: 'Other errors in the data for creating the currency' },
      'invalidParams',
      'Переданные поля не приняты',
      'The fields sent were refused',
    ),
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addYuan',
      title: { ru: 'Добавить юань', en: 'Add the yuan' },
      params: {
        fields: {
          CURRENCY: 'CNY',
          BASE: 'N',
          AMOUNT: 12.2251,
          AMOUNT_CNT: 1,
          SORT: 9000,
          LANG: {
            ru: { DECIMALS: 2, DEC_POINT: '.', FORMAT_STRING: '# CNY', FULL_NAME: 'yuan', HIDE_ZERO: 'Y', THOUSANDS_VARIANT: 'S' },
            en: { DECIMALS: 2, DEC_POINT: ',', FORMAT_STRING: '# CNY', FULL_NAME: 'yuan', HIDE_ZERO: 'Y', THOUSANDS_SEP: '.' },
          },
        },
      },
      result: 'CNY',
      time: {
        start: 1717684463.467685,
        finish: 1717684465.282238,
        duration: 1.8145530223846436,
        processing: 0.12580394744873047,
        date_start: '2024-06-06T16:34:23+02:00',
        date_finish: '2024-06-06T16:34:25+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.add'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepSettingsPermission('update')]
