/**
 * crm.item.payment.delivery.add. Sources: the official pages api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-add.md
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
  createPayableAddSpec('delivery', {
    id: 'addDelivery4072',
    title: ['Добавить доставку 4072 в оплату 1039', 'Add delivery 4072 to payment 1039'],
    params: { paymentId: 1039, deliveryId: 4072 },
    result: 1199,
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepPaymentDifferences(['paymentNotFound', 'paymentUnavailable']),
  orderUpdatePermission,
]
