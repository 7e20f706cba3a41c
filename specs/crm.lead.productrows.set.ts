/**
 * crm.lead.productrows.set. Sources: the official pages api-reference/crm/leads/crm-lead-productrows-set.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `rows` and its columns, the answer `true`, the error table, the sample answers and the
 * deprecation in favour of crm.item.productrow.*. Shared parts and why the mock answers the example:
 * specs/shared/product-rows-legacy.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createRowsSet,
  discountRowsNotModelled,
  keepReplacementLink,
  keepRowsRequired,
  keepTablePeriods,
  leadOwner,
} from './shared/product-rows-legacy.js'

export default defineMethod({
  ...createRowsSet(leadOwner, true),
  examples: [
    {
      id: 'setRowsOfLead5',
      title: { ru: 'Задать лиду 5 две позиции', en: 'Give lead 5 two rows' },
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
        start: 1772549200,
        finish: 1772549200.281883,
        duration: 0.28188300132751465,
        processing: 0,
        date_start: '2026-03-03T17:46:40+01:00',
        date_finish: '2026-03-03T17:46:40+01:00',
        operating_reset_at: 1772549800,
        operating: 0.9811058044433594,
      },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  keepRowsRequired,
  ...keepTablePeriods(['invalidId', 'rowsNotArray', 'accessDenied', 'notFound']),
  ...discountRowsNotModelled,
  keepReplacementLink('crm.item.productrow.set'),
]
