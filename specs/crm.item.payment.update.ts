/**
 * crm.item.payment.update. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-update.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id` and `fields` (`paid`, `paySystemId`), `true` as result, the error table and the sample answer
 * `Insufficient permissions`. The example changes payment 1036 of the default store. The page's
 * "payment system not found" row has no server text and the mock keeps no payment systems: it stays out.
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
  method: 'crm.item.payment.update',
  scope: 'crm',
  summary: { ru: 'Изменить оплату', en: 'Update a payment' },
  description: {
    ru: 'Метод `crm.item.payment.update` меняет у оплаты признак оплаты и платежную систему; остальные поля меняет `sale.payment.update`.',
    en: 'The `crm.item.payment.update` method changes the paid flag and the payment system of a payment; `sale.payment.update` changes the other fields.',
  },
  access: paymentOrderAccess,
  params: [
    paymentIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      record: { entity: 'salePayment', naming: 'camel' },
      description: {
        ru: 'Новые значения: `paid` (`Y` или `N`) и `paySystemId`.',
        en: 'The new values: `paid` (`Y` or `N`) and `paySystemId`.',
      },
    },
  ],
  result: createTrueResult('если оплата изменена', 'when the payment is changed'),
  errors: [paymentUnavailableRow],
  errorExample: 'paymentUnavailable',
  examples: [
    {
      id: 'markPaid1036',
      title: { ru: 'Отметить оплату 1036 оплаченной', en: 'Mark payment 1036 paid' },
      params: { id: 1036, fields: { paid: 'Y', paySystemId: 110 } },
      result: true,
    },
  ],
  related: listPaymentSiblings('crm.item.payment.update'),
  operation: { kind: 'update', entity: 'salePayment', by: 'id', fields: 'fields', notFound: 'paymentUnavailable', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
