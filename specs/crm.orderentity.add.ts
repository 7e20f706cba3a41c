/**
 * crm.orderentity.add. Sources: the official pages
 * api-reference/crm/universal/order-entity/crm-order-entity-add.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (orderId, ownerTypeId,
 * ownerId), the `{ dealOrder }` answer, the error rows and the duplicate-key sample error.
 * Example-backed (specs/shared/order-entity-method.ts): the mock binds order 5125 to deal 6933 and
 * answers `order does not exist` for any other binding.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'
import {
  bindingShape,
  createBindingParam,
  deleteByFilterLink,
  listOrderEntitySiblings,
  orderEntityAccess,
  orderNotFoundRow,
  requiredFieldsRow,
  saveErrorsNotModelled,
  writeDeniedRow,
} from './shared/order-entity-method.js'

export default defineMethod({
  method: 'crm.orderentity.add',
  scope: 'crm',
  summary: { ru: 'Привязать заказ к объекту CRM', en: 'Bind an order to a CRM object' },
  description: {
    ru: 'Метод `crm.orderentity.add` привязывает заказ интернет-магазина к сделке или счету.',
    en: 'The `crm.orderentity.add` method binds an online store order to a deal or an invoice.',
  },
  access: { ...orderEntityAccess, deniedError: 'accessDenied' },
  params: [createBindingParam('Привязка: заказ, тип и ID объекта CRM.', 'The binding: the order, the CRM object type and ID.')],
  result: {
    type: 'object',
    description: { ru: 'Новая привязка в `dealOrder`', en: 'The new binding, in `dealOrder`' },
    properties: [{ name: 'dealOrder', required: true, ...bindingShape }],
  },
  errors: [
    writeDeniedRow,
    createErrorRow(
      'duplicate',
      '201650000001',
      'Duplicate entry for key [ownerId, ownerTypeId, orderId]',
      'invalidParams',
      'Такая привязка уже есть',
      'The binding exists already',
    ),
    orderNotFoundRow,
    requiredFieldsRow,
  ],
  errorExample: 'duplicate',
  examples: [
    {
      id: 'bindOrderToDeal',
      title: { ru: 'Привязать заказ 5125 к сделке 6933', en: 'Bind order 5125 to deal 6933' },
      params: { fields: { orderId: 5125, ownerId: 6933, ownerTypeId: 2 } },
      result: { dealOrder: { orderId: 5125, ownerId: 6933, ownerTypeId: 2 } },
      time: {
        start: 1719325851.568441,
        finish: 1719325852.546479,
        duration: 0.9780380725860596,
        processing: 0.32780981063842773,
        date_start: '2024-06-25T16:30:51+02:00',
        date_finish: '2024-06-25T16:30:52+02:00',
        operating: 0,
      },
    },
  ],
  related: listOrderEntitySiblings('crm.orderentity.add'),
  operation: { kind: 'example', noMatch: 'orderNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...saveErrorsNotModelled, ...deleteByFilterLink]
