/**
 * crm.orderentity.getFields. Sources: the official pages
 * api-reference/crm/universal/order-entity/crm-order-entity-get-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, no parameters, the
 * `{ orderEntity }` answer and the access-denied row. Example-backed: the three fields are fixed.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { deleteByFilterLink, listOrderEntitySiblings, orderEntityAccess, readDeniedRow } from './shared/order-entity-method.js'

const keyField = { isImmutable: true, isReadOnly: false, isRequired: true, type: 'integer' }

export default defineMethod({
  method: 'crm.orderentity.getFields',
  scope: 'crm',
  summary: { ru: 'Поля привязки заказа', en: 'Fields of an order binding' },
  description: {
    ru: 'Метод `crm.orderentity.getFields` описывает поля привязки заказа к объекту CRM: тип, обязательность и изменяемость каждого.',
    en: 'The `crm.orderentity.getFields` method describes the fields of an order-to-CRM-object binding: the type of each, whether it is required and whether it can change.',
  },
  access: { ...orderEntityAccess, deniedError: 'accessDenied' },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'В `orderEntity`: имя поля — его описание (`type`, `isRequired`, `isReadOnly`, `isImmutable`)',
      en: 'In `orderEntity`: each field name to its description (`type`, `isRequired`, `isReadOnly`, `isImmutable`)',
    },
    properties: [{ name: 'orderEntity', type: 'object', required: true }],
  },
  errors: [readDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'describeOrderBindingFields',
      title: { ru: 'Получить поля привязки заказа', en: 'Get the order binding fields' },
      params: {},
      result: { orderEntity: { orderId: keyField, ownerId: keyField, ownerTypeId: keyField } },
      time: {
        start: 1718962657.018204,
        finish: 1718962657.773002,
        duration: 0.7547979354858398,
        processing: 0.01193094253540039,
        date_start: '2024-06-21T11:37:37+02:00',
        date_finish: '2024-06-21T11:37:37+02:00',
        operating: 0,
      },
    },
  ],
  related: listOrderEntitySiblings('crm.orderentity.getFields'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = deleteByFilterLink
