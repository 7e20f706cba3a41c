/**
 * crm.item.payment.product.add. Sources: the official pages api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, the answer, the error table and its sample answer. Example-backed, built by
 * createPayableAddSpec (specs/shared/payment-item-method.ts says why): the page's example answers, any other
 * payment answers the page's not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createPayableAddSpec, orderUpdatePermission } from './shared/payment-item-method.js'
import { keepPaymentDifferences } from './shared/payment-method.js'

export default defineMethod(
  createPayableAddSpec('product', {
    id: 'addRow17587',
    title: ['Добавить в оплату 1039 две единицы позиции 17587', 'Add two of product row 17587 to payment 1039'],
    params: { paymentId: 1039, rowId: 17587, quantity: 2 },
    result: 1193,
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepPaymentDifferences(['paymentNotFound', 'paymentUnavailable']),
  orderUpdatePermission,
]
