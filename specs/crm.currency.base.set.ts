/**
 * crm.currency.base.set. Sources: the official pages api-reference/crm/currency/crm-currency-base-set.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`,
 * `true` as result, one error row.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import { currencyDeniedRow, currencyWriteAccess, keepSettingsPermission } from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.base.set',
  scope: 'crm',
  summary: { ru: 'Назначить базовую валюту', en: 'Set the base currency' },
  description: {
    ru: 'Метод `crm.currency.base.set` делает валюту базовой: курсы остальных считаются от нее.',
    en: 'The `crm.currency.base.set` method makes a currency the base one, which the other rates are relative to.',
  },
  access: currencyWriteAccess,
  params: [
    {
      name: 'id',
      type: 'string',
      required: false,
      description: { ru: 'Код валюты (`CURRENCY`), например `USD`.', en: 'The currency code (`CURRENCY`), such as `USD`.' },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если базовая валюта назначена', en: '`true` once the base currency is set' },
  },
  errors: [currencyDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'baseSetCurrencyExample',
      title: { ru: 'Сделать доллар базовой валютой', en: 'Make the dollar the base currency' },
      params: { id: 'USD' },
      result: true,
      time: {
        start: 1718122855.747287,
        finish: 1718122856.436222,
        duration: 0.6889350414276123,
        processing: 0.014606952667236328,
        date_start: '2024-06-11T18:20:55+02:00',
        date_finish: '2024-06-11T18:20:56+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.currency.base.get'],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepSettingsPermission('update')]
