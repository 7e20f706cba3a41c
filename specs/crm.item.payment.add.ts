/**
 * crm.item.payment.add. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `entityId` and `entityTypeId`, the new payment's id as result, the error table. The access row's
 * text is the one its sibling pages' sample answers give (specs/shared/payment-method.ts); the page's
 * own sample answer (`Entity with identifier №13123000 does not exist`) names the owner's id in its
 * text, which a row cannot hold, so that row stays out with the rest the page lists by code only.
 * A new payment starts unpaid with a sum of 0. The page's example answers 1033, its portal's next
 * id; here it is 1039, the next after the default store's payments 1035 to 1038.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createPaymentAccess,
  createPaymentDeniedRow,
  keepPaymentDifferences,
  listPaymentSiblings,
  paymentOwnerBy,
  paymentOwnerParams,
} from './shared/payment-method.js'

export default defineMethod({
  method: 'crm.item.payment.add',
  scope: 'crm',
  summary: { ru: 'Создать оплату', en: 'Add a payment' },
  description: {
    ru: 'Метод `crm.item.payment.add` создает пустую неоплаченную оплату в заказе объекта CRM и возвращает ее идентификатор.',
    en: 'The `crm.item.payment.add` method creates an empty unpaid payment in the order of a CRM object and returns its ID.',
  },
  access: createPaymentAccess('add', 'пользователь с правом на изменение объекта CRM', 'a user allowed to change the CRM object'),
  params: [...paymentOwnerParams],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор новой оплаты', en: 'The ID of the new payment' },
  },
  errors: [createPaymentDeniedRow('У пользователя нет права на изменение объекта CRM', 'The user may not change the CRM object')],
  errorExample: 'paymentUnavailable',
  examples: [
    {
      id: 'addToDeal13123',
      title: { ru: 'Добавить оплату в сделку 13123', en: 'Add a payment to deal 13123' },
      params: { entityId: 13123, entityTypeId: 2 },
      result: 1039,
    },
  ],
  related: listPaymentSiblings('crm.item.payment.add'),
  operation: {
    kind: 'add',
    entity: 'salePayment',
    naming: 'camel',
    ownerBy: paymentOwnerBy,
    answersId: true,
    set: { PAID: 'N', SUM: 0 },
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
