/**
 * crm.orderentity.deletebyfilter. Sources: the official pages
 * api-reference/crm/universal/order-entity/crm-order-entity-delete-by-filter.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (the binding's key), `true` as result, the error rows and the required-fields sample
 * error. The H1 spells the name deleteByFilter; the cURL URL and the file use lower case, as here
 * (the server reads names in any case). Example-backed (specs/shared/order-entity-method.ts): the
 * mock removes the binding of order 5125 to deal 6933 and answers `entity relation is not exists`
 * for any other.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'
import {
  createBindingParam,
  listOrderEntitySiblings,
  orderEntityAccess,
  orderNotFoundRow,
  requiredFieldsRow,
  saveErrorsNotModelled,
  writeDeniedRow,
} from './shared/order-entity-method.js'

export default defineMethod({
  method: 'crm.orderentity.deletebyfilter',
  scope: 'crm',
  summary: { ru: 'Отвязать заказ от объекта CRM', en: 'Unbind an order from a CRM object' },
  description: {
    ru: 'Метод `crm.orderentity.deletebyfilter` удаляет привязку заказа к сделке или счету, заданную заказом, типом и ID объекта.',
    en: 'The `crm.orderentity.deletebyfilter` method removes the binding of an order to a deal or an invoice, given by the order, the object type and ID.',
  },
  access: { ...orderEntityAccess, deniedError: 'accessDenied' },
  params: [createBindingParam('Какую привязку удалить.', 'Which binding to remove.')],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если привязка удалена', en: '`true` when the binding is removed' },
  },
  errors: [
    writeDeniedRow,
    createErrorRow(
      'bindingNotFound',
      '201640400004',
      'entity relation is not exists',
      'notFound',
      'Такой привязки нет',
      'No such binding exists',
    ),
    orderNotFoundRow,
    requiredFieldsRow,
  ],
  errorExample: 'requiredFields',
  examples: [
    {
      id: 'unbindOrderFromDeal',
      title: { ru: 'Отвязать заказ 5125 от сделки 6933', en: 'Unbind order 5125 from deal 6933' },
      params: { fields: { orderId: 5125, ownerId: 6933, ownerTypeId: 2 } },
      result: true,
      time: {
        start: 1719325693.109545,
        finish: 1719325695.863527,
        duration: 2.7539820671081543,
        processing: 1.773292064666748,
        date_start: '2024-06-25T16:28:13+02:00',
        date_finish: '2024-06-25T16:28:15+02:00',
        operating: 0,
      },
    },
  ],
  related: listOrderEntitySiblings('crm.orderentity.deletebyfilter'),
  operation: { kind: 'example', noMatch: 'bindingNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = saveErrorsNotModelled
