/**
 * crm.item.payment.list. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-list.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `entityId` and `entityTypeId`, `filter` and `order` in the format of sale.payment.list, the answer
 * (a plain list, no paging), the error table and the sample answer `Insufficient permissions`. The
 * example reads payments 1036 and 1037 of deal 13123 in the default store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createOwnerListParams,
  createPaymentAccess,
  createPaymentDeniedRow,
  keepPaymentDifferences,
  listPaymentSiblings,
  payment1036,
  payment1037,
  paymentOwnerBy,
} from './shared/payment-method.js'

export default defineMethod({
  method: 'crm.item.payment.list',
  scope: 'crm',
  summary: { ru: 'Получить оплаты объекта CRM', en: 'List the payments of a CRM object' },
  description: {
    ru: 'Метод `crm.item.payment.list` возвращает оплаты объекта CRM списком, без постраничной выборки; `filter` и `order` сужают и сортируют его.',
    en: 'The `crm.item.payment.list` method returns the payments of a CRM object as one list, without pages; `filter` and `order` narrow and sort it.',
  },
  access: createPaymentAccess('read', 'пользователь с правом на чтение объекта CRM', 'a user allowed to read the CRM object'),
  params: createOwnerListParams({ ru: 'оплаты', en: 'payment' }),
  result: {
    type: 'array',
    items: { type: 'object', record: { entity: 'salePayment', naming: 'camel' } },
    description: { ru: 'Оплаты объекта в camelCase', en: 'The payments of the object, in camelCase' },
  },
  errors: [createPaymentDeniedRow('У пользователя нет права на чтение объекта CRM', 'The user may not read the CRM object')],
  errorExample: 'paymentUnavailable',
  examples: [
    {
      id: 'listTwoPayments',
      title: { ru: 'Оплаты 1036 и 1037 сделки 13123', en: 'Payments 1036 and 1037 of deal 13123' },
      params: { entityId: 13123, entityTypeId: 2, filter: { '@id': [1036, 1037] } },
      result: [payment1036, payment1037],
    },
  ],
  related: listPaymentSiblings('crm.item.payment.list'),
  operation: { kind: 'list', entity: 'salePayment', filter: 'filter', order: 'order', naming: 'camel', ownerBy: paymentOwnerBy },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
