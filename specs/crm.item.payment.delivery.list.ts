/**
 * crm.item.payment.delivery.list. Sources: the official pages api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.md
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
  createPayableListSpec('delivery', {
    id: 'listItem1201',
    title: ['Позиция доставки 1201 оплаты 1040', 'Delivery item 1201 of payment 1040'],
    params: { paymentId: 1040, filter: { '@id': [1201], '>=quantity': 1 } },
    result: [{ id: 1201, paymentId: 1040, quantity: 1, deliveryId: 4073 }],
  }),
)

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentNotFound', 'paymentUnavailable'])
