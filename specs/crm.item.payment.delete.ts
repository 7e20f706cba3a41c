/**
 * crm.item.payment.delete. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-delete.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `true` as result, the error table and the sample answer `Insufficient permissions`. The
 * example deletes payment 1035 of the default store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createTrueResult,
  keepPaymentDifferences,
  listPaymentSiblings,
  paymentIdParam,
  paymentOrderAccess,
  paymentUnavailableRow,
} from './shared/payment-method.js'

export default defineMethod({
  method: 'crm.item.payment.delete',
  scope: 'crm',
  summary: { ru: 'Удалить оплату', en: 'Delete a payment' },
  description: {
    ru: 'Метод `crm.item.payment.delete` удаляет оплату из заказа объекта CRM.',
    en: 'The `crm.item.payment.delete` method removes a payment from the order of a CRM object.',
  },
  access: paymentOrderAccess,
  params: [paymentIdParam],
  result: createTrueResult('если оплата удалена', 'when the payment is deleted'),
  errors: [paymentUnavailableRow],
  errorExample: 'paymentUnavailable',
  examples: [
    {
      id: 'deletePayment1035',
      title: { ru: 'Удалить оплату 1035', en: 'Delete payment 1035' },
      params: { id: 1035 },
      result: true,
    },
  ],
  related: listPaymentSiblings('crm.item.payment.delete'),
  operation: { kind: 'delete', entity: 'salePayment', by: 'id', cascade: false, notFound: 'paymentUnavailable', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
