/**
 * crm.currency.delete. Sources: the official pages api-reference/crm/currency/crm-currency-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`,
 * `true` as result, six error rows.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import {
  createCurrencyCodeParam,
  currencyDeniedRow,
  currencyModuleRow,
  currencyWriteAccess,
  keepSettingsPermission,
  listCurrencySiblings,
} from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.delete',
  scope: 'crm',
  summary: { ru: 'Удалить валюту', en: 'Delete a currency' },
  description: {
    ru: 'Метод `crm.currency.delete` удаляет валюту, если она не базовая и не валюта отчетов.',
    en: 'The `crm.currency.delete` method deletes a currency unless it is the base or the report currency.',
  },
  access: currencyWriteAccess,
  params: [createCurrencyCodeParam(true)],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если валюта удалена', en: '`true` once the currency is deleted' },
  },
  errors: [
    currencyDeniedRow,
    currencyModuleRow,
    {
      id: 'emptyString',
      code: '',
      status: 400,
      text: { ru: 'Пустая строка', en: 'Empty string' },
      kind: 'invalidParams',
      when: { ru: '`id` пуст', en: '`id` is empty' },
    },
    {
      id: 'cannotDeleteBaseCurrency',
      code: '',
      status: 400,
      text: { ru: 'Нельзя удалить базовую валюту.', en: 'Cannot delete base currency.' },
      kind: 'invalidParams',
      when: { ru: 'Валюта базовая', en: 'The currency is the base one' },
    },
    {
      id: 'cannotDeleteReportCurrency',
      code: '',
      status: 400,
      text: { ru: 'Нельзя удалить валюту отчётов.', en: 'Cannot delete report currency.' },
      kind: 'invalidParams',
      when: { ru: 'Валюта выбрана для отчетов', en: 'The currency is the report currency' },
    },
    {
      id: 'refused',
      code: 'ERROR_CODE',
      status: 400,
      text: { ru: 'Другие ошибки в данных для изменения валюты', en: 'Other errors in the data for changing currency' },
      kind: 'invalidParams',
      when: { ru: 'Портал отказал по другой причине', en: 'The portal refused for another reason' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'deleteCurrencyExample',
      title: { ru: 'Удалить рупию', en: 'Delete the rupiah' },
      params: { id: 'IDR' },
      result: true,
      time: {
        start: 1718094270.751676,
        finish: 1718094271.335892,
        duration: 0.5842158794403076,
        processing: 0.1017751693725586,
        date_start: '2024-06-11T10:24:30+02:00',
        date_finish: '2024-06-11T10:24:31+02:00',
        operating: 0,
      },
    },
  ],
  related: listCurrencySiblings('crm.currency.delete'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepSettingsPermission('update'),
  {
    path: 'result.type',
    docs: 'object',
    reason: "the page's own sample answer is `true`; its table's type is loose",
  },
]
