/**
 * crm.item.payment.product.list. Sources: the official pages api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, the answer, the error table and its sample answer. Example-backed, built by
 * createPayableListSpec (specs/shared/payment-item-method.ts says why): the page's example answers, any other
 * payment answers the page's not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createPayableListSpec } from './shared/payment-item-method.js'
import { keepPaymentDifferences } from './shared/payment-method.js'

export default defineMethod(
  createPayableListSpec('product', {
    id: 'listItems1195And1196',
    title: ['Позиции 1195 и 1196 оплаты 1039 от двух единиц', 'Items 1195 and 1196 of payment 1039 with two or more'],
    params: { paymentId: 1039, filter: { '>=quantity': 2, '@id': [1195, 1196] } },
    result: [
      { id: 1195, paymentId: 1039, quantity: 2, rowId: 17587 },
      { id: 1196, paymentId: 1039, quantity: 3, rowId: 17588 },
    ],
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentNotFound', 'paymentUnavailable'])
