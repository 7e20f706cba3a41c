/**
 * crm.item.payment.product.setQuantity. Sources: the official pages api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-set-quantity.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, the answer, the error table and its sample answer. Example-backed, built by
 * createPayableSetSpec (specs/shared/payment-item-method.ts says why): the page's example answers, any other
 * item answers the page's not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createPayableSetSpec } from './shared/payment-item-method.js'
import { keepPaymentDifferences } from './shared/payment-method.js'

export default defineMethod(
  createPayableSetSpec('product', {
    id: 'setQuantity1195',
    title: ['Три единицы в позиции 1195', 'Three in item 1195'],
    params: { id: 1195, quantity: 3 },
    result: true,
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['payableItemNotFound', 'paymentUnavailable'])
