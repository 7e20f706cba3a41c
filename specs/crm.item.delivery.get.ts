/**
 * crm.item.delivery.get. Sources: the official pages api-reference/crm/universal/delivery/crm-item-delivery-get.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the answer (the delivery itself, not wrapped), the error table and the sample answer
 * `Insufficient permissions`, which the table calls "delivery not found or access denied": one row
 * for both causes, as the payment pages have it (specs/shared/delivery-method.ts). The example reads
 * delivery 4077 of the default store.
 */
import { defineMethod } from '@b24kit/spec'
import { delivery4077, deliveryIdParam, deliveryUnavailableRow, keepDeliveryDifferences } from './shared/delivery-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.item.delivery.get',
  scope: 'crm',
  summary: { ru: 'Получить доставку по id', en: 'Get a delivery by ID' },
  description: {
    ru: 'Метод `crm.item.delivery.get` возвращает краткие сведения о доставке: номер, стоимость, валюту, признак отгрузки и службу доставки.',
    en: 'The `crm.item.delivery.get` method returns a short record of a delivery: its number, price, currency, shipped flag and delivery service.',
  },
  access: {
    entity: 'saleShipment',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение заказа доставки', en: 'a user allowed to read the order of the delivery' },
    deniedError: 'deliveryUnavailable',
  },
  params: [deliveryIdParam],
  result: {
    type: 'object',
    record: { entity: 'saleShipment', naming: 'camel' },
    description: { ru: 'Доставка в camelCase', en: 'The delivery, in camelCase' },
  },
  errors: [deliveryUnavailableRow],
  errorExample: 'deliveryUnavailable',
  examples: [
    {
      id: 'getDelivery4077',
      title: { ru: 'Получить доставку 4077', en: 'Get delivery 4077' },
      params: { id: 4077 },
      result: delivery4077,
    },
  ],
  related: ['crm.item.delivery.list'],
  operation: { kind: 'get', entity: 'saleShipment', by: 'id', notFound: 'deliveryUnavailable', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepDeliveryDifferences()
