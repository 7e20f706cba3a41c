/**
 * crm.currency.localizations.fields. Sources: the official pages api-reference/crm/currency/localizations/crm-currency-localizations-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it, no parameters, the field descriptions, one error row.
 * Example-backed (see specs/shared/currency-method.ts): currencies are keyed by their code, not a number.
 */
import { defineMethod } from '@b24kit/spec'
import { currencyDeniedRow, currencyReadAccess, listLocalizationSiblings } from './shared/currency-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.currency.localizations.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля локализации валюты', en: 'Get the currency localization fields' },
  description: {
    ru: 'Метод `crm.currency.localizations.fields` описывает поля локализации валюты: тип, доступность для изменения и название.',
    en: 'The `crm.currency.localizations.fields` method describes the currency localization fields: type, whether writable, and title.',
  },
  access: currencyReadAccess,
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [currencyDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'localizationsFieldsExample',
      title: { ru: 'Получить поля локализации', en: 'Get the localization fields' },
      params: {},
      result: {
        FULL_NAME: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Name',
        },
        FORMAT_STRING: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Currency output format string',
        },
        DEC_POINT: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Decimal point for output',
        },
        THOUSANDS_VARIANT: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Thousands separator for output',
        },
        THOUSANDS_SEP: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Custom thousands separator for output',
        },
        DECIMALS: {
          type: 'int',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Number of decimal places',
        },
        HIDE_ZERO: {
          type: 'char',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Do not show insignificant zeros',
        },
      },
      time: {
        start: 1717659438.587025,
        finish: 1717659439.584851,
        duration: 0.997826099395752,
        processing: 0.05603790283203125,
        date_start: '2024-06-06T09:37:18+02:00',
        date_finish: '2024-06-06T09:37:19+02:00',
        operating: 0,
      },
    },
  ],
  related: listLocalizationSiblings('crm.currency.localizations.fields'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
