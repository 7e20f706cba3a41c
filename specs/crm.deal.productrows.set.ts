/**
 * crm.deal.productrows.set. Sources: the official pages api-reference/crm/deals/crm-deal-productrows-set.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `rows` and its columns, the answer `true`, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createRowsSet,
  dealOwner,
  discountRowsNotModelled,
  keepReplacementLink,
  keepTablePeriods,
  keepUnreadParams,
} from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsSet(dealOwner, false),
  examples: [
    {
      id: 'setRowsOfDeal5',
      title: { ru: 'Задать сделке 5 две позиции', en: 'Give deal 5 two rows' },
      params: {
        id: 5,
        rows: [
          {
            PRODUCT_ID: 456,
            PRICE: 1000,
            QUANTITY: 10,
            DISCOUNT_TYPE_ID: 1,
            DISCOUNT_SUM: 100,
            TAX_RATE: 13,
            MEASURE_CODE: 796,
            MEASURE_NAME: 'pcs',
            SORT: 10,
          },
          {
            PRODUCT_NAME: 'Product #2',
            PRICE: 500,
            QUANTITY: 5,
            DISCOUNT_TYPE_ID: 2,
            DISCOUNT_RATE: 10,
            TAX_RATE: 10,
            MEASURE_CODE: 166,
            MEASURE_NAME: 'kg',
            SORT: 20,
          },
        ],
      },
      result: true,
      time: {
        start: 1735134795.171273,
        finish: 1735134796.404978,
        duration: 1.2337050437927246,
        processing: 0.9462978839874268,
        date_start: '2024-12-25T15:53:15+02:00',
        date_finish: '2024-12-25T15:53:16+02:00',
        operating: 0,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepUnreadParams(['id', 'rows']),
  ...keepTablePeriods(['invalidId', 'accessDenied', 'notFound']),
  ...discountRowsNotModelled,
  keepReplacementLink('crm.item.productrow.set'),
]
