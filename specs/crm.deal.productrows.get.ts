/**
 * crm.deal.productrows.get. Sources: the official pages api-reference/crm/deals/crm-deal-productrows-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the rows as an array, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRowsGet, dealOwner, keepReplacementLink, keepTablePeriods, keepUnreadParams } from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsGet(dealOwner, true),
  examples: [
    {
      id: 'getRowsOfDeal5',
      title: { ru: 'Позиции сделки 5', en: 'The rows of deal 5' },
      params: { id: 5 },
      result: [
        {
          ID: '5',
          OWNER_ID: '5',
          OWNER_TYPE: 'D',
          PRODUCT_ID: 450,
          PRODUCT_NAME: 'Product #2',
          ORIGINAL_PRODUCT_NAME: 'Product #2',
          PRODUCT_DESCRIPTION: null,
          PRICE: 899.1,
          PRICE_EXCLUSIVE: 899.1,
          PRICE_NETTO: 999,
          PRICE_BRUTTO: 999,
          PRICE_ACCOUNT: '899.10',
          QUANTITY: 1,
          DISCOUNT_TYPE_ID: 2,
          DISCOUNT_RATE: 10,
          DISCOUNT_SUM: 99.9,
          TAX_RATE: null,
          TAX_INCLUDED: 'Y',
          CUSTOMIZED: 'Y',
          MEASURE_CODE: 796,
          MEASURE_NAME: 'pcs',
          SORT: 10,
          XML_ID: 'sale_basket_651',
          TYPE: 1,
          STORE_ID: 0,
          RESERVE_ID: 31,
          DATE_RESERVE_END: '2024-12-26',
          RESERVE_QUANTITY: 1,
        },
        {
          ID: '4',
          OWNER_ID: '5',
          OWNER_TYPE: 'D',
          PRODUCT_ID: 449,
          PRODUCT_NAME: 'Product #1',
          ORIGINAL_PRODUCT_NAME: 'Product #1',
          PRODUCT_DESCRIPTION: 'Detailed description',
          PRICE: 100,
          PRICE_EXCLUSIVE: 100,
          PRICE_NETTO: 100,
          PRICE_BRUTTO: 100,
          PRICE_ACCOUNT: '100.00',
          QUANTITY: 1,
          DISCOUNT_TYPE_ID: 2,
          DISCOUNT_RATE: 0,
          DISCOUNT_SUM: 0,
          TAX_RATE: null,
          TAX_INCLUDED: 'Y',
          CUSTOMIZED: 'Y',
          MEASURE_CODE: 796,
          MEASURE_NAME: 'pcs',
          SORT: 20,
          XML_ID: 'sale_basket_650',
          TYPE: 1,
          STORE_ID: 1,
          RESERVE_ID: 30,
          DATE_RESERVE_END: '2024-12-26',
          RESERVE_QUANTITY: 1,
        },
      ],
      time: {
        start: 1734969122.936213,
        finish: 1734969123.586089,
        duration: 0.6498758792877197,
        processing: 0.14046597480773926,
        date_start: '2024-12-23T17:52:02+02:00',
        date_finish: '2024-12-23T17:52:03+02:00',
        operating: 0,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepUnreadParams(['id']),
  ...keepTablePeriods(['invalidId', 'accessDenied', 'notFound']),
  keepReplacementLink('crm.item.productrow.list'),
]
