/**
 * crm.quote.productrows.set. Sources: the official pages api-reference/crm/quote/crm-quote-product-rows-set.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `rows` and its columns, the answer `true`, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { catalogRowNotModelled, createRowsSet, keepReplacementLink, keepRowsRequired, quoteOwner } from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsSet(quoteOwner, true, ['crm.quote.get', 'crm.quote.update', 'crm.quote.add', 'crm.quote.fields']),
  examples: [
    {
      id: 'setRowsOfQuote1',
      title: { ru: 'Задать предложению позиции', en: 'Give a quote its rows' },
      params: {
        id: 1,
        rows: [
          {
            PRODUCT_ID: 459,
            PRICE: 3000,
            QUANTITY: 1,
            DISCOUNT_TYPE_ID: 2,
            DISCOUNT_RATE: 0,
            TAX_RATE: 0,
            TAX_INCLUDED: 'Y',
            MEASURE_CODE: 796,
            MEASURE_NAME: 'pcs',
            SORT: 10,
          },
          {
            PRODUCT_NAME: 'Support Service',
            PRICE: 1500,
            QUANTITY: 2,
            DISCOUNT_TYPE_ID: 2,
            DISCOUNT_RATE: 0,
            TAX_RATE: 0,
            TAX_INCLUDED: 'Y',
            MEASURE_CODE: 796,
            MEASURE_NAME: 'pcs',
            SORT: 20,
          },
        ],
      },
      result: true,
      time: {
        start: 1773416018,
        finish: 1773416018.877651,
        duration: 0.8776509761810303,
        processing: 0,
        date_start: '2026-03-13T18:33:38+01:00',
        date_finish: '2026-03-13T18:33:38+01:00',
        operating_reset_at: 1773416618,
        operating: 0.5666530132293701,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  keepRowsRequired,
  ...catalogRowNotModelled,
  keepReplacementLink('crm.item.productrow.set'),
]
