/**
 * crm.item.payment.delivery.delete. Sources: the official pages api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-delete.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, the answer, the error table and its sample answer. Example-backed, built by
 * createPayableDeleteSpec (specs/shared/payment-item-method.ts says why): the page's example answers, any other
 * item answers the page's not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createPayableDeleteSpec } from './shared/payment-item-method.js'
import { keepPaymentDifferences } from './shared/payment-method.js'

export default defineMethod(
  createPayableDeleteSpec('delivery', {
    id: 'deleteItem1199',
    title: ['Удалить позицию доставки 1199', 'Delete delivery item 1199'],
    params: { id: 1199 },
    result: true,
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['payableItemNotFound', 'paymentUnavailable'])
