/**
 * crm.item.payment.get. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-get.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the answer (the payment itself, not wrapped), the error table and the sample answer
 * `Insufficient permissions` (specs/shared/payment-method.ts says why one row serves two causes).
 * The example reads payment 1036 of the default store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  keepPaymentDifferences,
  listPaymentSiblings,
  payment1036,
  paymentIdParam,
  paymentOrderAccess,
  paymentUnavailableRow,
} from './shared/payment-method.js'

export default defineMethod({
  method: 'crm.item.payment.get',
  scope: 'crm',
  summary: { ru: 'Получить оплату по id', en: 'Get a payment by ID' },
  description: {
    ru: 'Метод `crm.item.payment.get` возвращает краткие сведения об оплате: номер, признак оплаты, сумму, валюту и платежную систему.',
    en: 'The `crm.item.payment.get` method returns a short record of a payment: its number, paid flag, amount, currency and payment system.',
  },
  access: paymentOrderAccess,
  params: [paymentIdParam],
  result: {
    type: 'object',
    record: { entity: 'salePayment', naming: 'camel' },
    description: { ru: 'Оплата в camelCase', en: 'The payment, in camelCase' },
  },
  errors: [paymentUnavailableRow],
  errorExample: 'paymentUnavailable',
  examples: [
    {
      id: 'getPayment1036',
      title: { ru: 'Получить оплату 1036', en: 'Get payment 1036' },
      params: { id: 1036 },
      result: payment1036,
    },
  ],
  related: listPaymentSiblings('crm.item.payment.get'),
  operation: { kind: 'get', entity: 'salePayment', by: 'id', notFound: 'paymentUnavailable', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
