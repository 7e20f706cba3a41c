/**
 * crm.item.delivery.list. Sources: the official pages api-reference/crm/universal/delivery/crm-item-delivery-list.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `entityId` and `entityTypeId`, `filter` and `order` in the format of sale.shipment.list, the answer
 * (a plain list, no paging), the error table and the sample answer `Insufficient permissions`. The
 * example reads deliveries 4077 and 4078 of deal 13127 in the default store.
 */
import { defineMethod } from '@b24kit/spec'
import { delivery4077, deliveryUnavailableRow, keepDeliveryDifferences } from './shared/delivery-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createOwnerListParams, paymentOwnerBy } from './shared/payment-method.js'

export default defineMethod({
  method: 'crm.item.delivery.list',
  scope: 'crm',
  summary: { ru: 'Получить доставки объекта CRM', en: 'List the deliveries of a CRM object' },
  description: {
    ru: 'Метод `crm.item.delivery.list` возвращает доставки объекта CRM списком, без постраничной выборки; `filter` и `order` сужают и сортируют его.',
    en: 'The `crm.item.delivery.list` method returns the deliveries of a CRM object as one list, without pages; `filter` and `order` narrow and sort it.',
  },
  access: {
    entity: 'saleShipment',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение объекта CRM', en: 'a user allowed to read the CRM object' },
    deniedError: 'deliveryUnavailable',
  },
  params: createOwnerListParams({ ru: 'доставки', en: 'delivery' }),
  result: {
    type: 'array',
    items: { type: 'object', record: { entity: 'saleShipment', naming: 'camel' } },
    description: { ru: 'Доставки объекта в camelCase', en: 'The deliveries of the object, in camelCase' },
  },
  errors: [
    {
      ...deliveryUnavailableRow,
      when: { ru: 'У пользователя нет права на чтение объекта CRM', en: 'The user may not read the CRM object' },
    },
  ],
  errorExample: 'deliveryUnavailable',
  examples: [
    {
      id: 'listTwoDeliveries',
      title: { ru: 'Доставки 4077 и 4078 сделки 13127', en: 'Deliveries 4077 and 4078 of deal 13127' },
      params: { entityId: 13127, entityTypeId: 2, filter: { '@id': [4077, 4078] } },
      result: [delivery4077, { ...delivery4077, id: 4078, accountNumber: '3657/3' }],
    },
  ],
  related: ['crm.item.delivery.get'],
  operation: { kind: 'list', entity: 'saleShipment', filter: 'filter', order: 'order', naming: 'camel', ownerBy: paymentOwnerBy },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepDeliveryDifferences()
