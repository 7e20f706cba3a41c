/**
 * crm.lead.productrows.get. Sources: the official pages api-reference/crm/leads/crm-lead-productrows-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the rows as an array, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRowsGet, keepReplacementLink, keepTablePeriods, leadOwner } from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsGet(leadOwner, false),
  examples: [
    {
      id: 'getRowsOfLead5',
      title: { ru: 'Позиции лида 5', en: 'The rows of lead 5' },
      params: { id: 5 },
      result: [
        {
          ID: '1425',
          OWNER_ID: '5',
          OWNER_TYPE: 'L',
          PRODUCT_ID: 6935,
          PRODUCT_NAME: 'Product Variation #1',
          ORIGINAL_PRODUCT_NAME: 'Product Variation #1',
          PRODUCT_DESCRIPTION: null,
          PRICE: 10,
          PRICE_EXCLUSIVE: 10,
          PRICE_NETTO: 10,
          PRICE_BRUTTO: 10,
          PRICE_ACCOUNT: '10.00000000',
          QUANTITY: 1,
          DISCOUNT_TYPE_ID: 2,
          DISCOUNT_RATE: 0,
          DISCOUNT_SUM: 0,
          TAX_RATE: null,
          TAX_INCLUDED: 'N',
          CUSTOMIZED: 'Y',
          MEASURE_CODE: 796,
          MEASURE_NAME: 'pcs',
          SORT: 10,
          XML_ID: '',
          TYPE: 4,
          STORE_ID: null,
          RESERVE_ID: null,
          DATE_RESERVE_END: null,
          RESERVE_QUANTITY: null,
        },
        {
          ID: '1429',
          OWNER_ID: '5',
          OWNER_TYPE: 'L',
          PRODUCT_ID: 6595,
          PRODUCT_NAME: 'Product #2',
          ORIGINAL_PRODUCT_NAME: 'Product #2',
          PRODUCT_DESCRIPTION: 'Detailed description',
          PRICE: 22175.328,
          PRICE_EXCLUSIVE: 19799.4,
          PRICE_NETTO: 32999,
          PRICE_BRUTTO: 36958.88,
          PRICE_ACCOUNT: '22175.32800000',
          QUANTITY: 1,
          DISCOUNT_TYPE_ID: 2,
          DISCOUNT_RATE: 40,
          DISCOUNT_SUM: 13199.6,
          TAX_RATE: 12,
          TAX_INCLUDED: 'N',
          CUSTOMIZED: 'Y',
          MEASURE_CODE: 796,
          MEASURE_NAME: 'pcs',
          SORT: 30,
          XML_ID: '',
          TYPE: 1,
          STORE_ID: null,
          RESERVE_ID: null,
          DATE_RESERVE_END: null,
          RESERVE_QUANTITY: null,
        },
      ],
      time: {
        start: 1772541576,
        finish: 1772541577.039689,
        duration: 1.039689064025879,
        processing: 0,
        date_start: '2026-03-03T15:39:36+01:00',
        date_finish: '2026-03-03T15:39:37+01:00',
        operating_reset_at: 1772542177,
        operating: 0,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTablePeriods(['invalidId', 'accessDenied']),
  keepReplacementLink('crm.item.productrow.list'),
]
