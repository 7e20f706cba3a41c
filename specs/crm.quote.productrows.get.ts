/**
 * crm.quote.productrows.get. Sources: the official pages api-reference/crm/quote/crm-quote-product-rows-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the rows as an array, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRowsGet, keepReplacementLink, quoteOwner } from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsGet(quoteOwner, false, ['crm.quote.get', 'crm.quote.update', 'crm.quote.add', 'crm.quote.fields']),
  examples: [
    {
      id: 'getRowsOfQuote1',
      title: { ru: 'Позиции предложения 1', en: 'The rows of quote 1' },
      params: { id: 1 },
      result: [
        {
          ID: '77',
          OWNER_ID: '1',
          OWNER_TYPE: 'Q',
          PRODUCT_ID: 459,
          PRODUCT_NAME: 'Two-Week Subscription',
          ORIGINAL_PRODUCT_NAME: 'Two-Week Subscription',
          PRODUCT_DESCRIPTION: '',
          PRICE: 3000,
          PRICE_EXCLUSIVE: 3000,
          PRICE_NETTO: 0,
          PRICE_BRUTTO: 0,
          PRICE_ACCOUNT: '3000.00000000',
          QUANTITY: 1,
          DISCOUNT_TYPE_ID: 2,
          DISCOUNT_RATE: 0,
          DISCOUNT_SUM: 0,
          TAX_RATE: 0,
          TAX_INCLUDED: 'Y',
          CUSTOMIZED: 'Y',
          MEASURE_CODE: 796,
          MEASURE_NAME: 'pcs',
          SORT: 10,
          XML_ID: null,
          TYPE: 1,
          STORE_ID: null,
          RESERVE_ID: null,
          DATE_RESERVE_END: null,
          RESERVE_QUANTITY: null,
        },
      ],
      time: {
        start: 1773415393,
        finish: 1773415393.257197,
        duration: 0.25719690322875977,
        processing: 0,
        date_start: '2026-03-13T18:23:13+01:00',
        date_finish: '2026-03-13T18:23:13+01:00',
        operating_reset_at: 1773415993,
        operating: 0,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepReplacementLink('crm.item.productrow.list')]
