/**
 * The sale module's records a CRM object carries, as the crm.item.payment.* and crm.item.delivery.*
 * methods answer them: short camelCase records (`sale_order_payment_crm_simple`,
 * `sale_order_shipment_crm_simple`) of the order behind a deal or smart process item. Sources: the
 * official pages api-reference/crm/universal/payment/*.md and delivery/*.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): the answers of get and list for the names,
 * types and order of the fields, the examples for the default store.
 *
 * The owner (`ENTITY_TYPE_ID`, `ENTITY_ID`) is kept on each record and never answered: add writes it
 * and list keeps to it. The entity names (`salePayment`, `saleShipment`) differ from the titles so
 * the client's camelCase types (`Payment`, `Delivery`) do not meet the UPPER_CASE ones every entity gets.
 */
import { defineEntity } from '@b24kit/spec'
import { type Field, field, flag, readOnly } from './field.js'

/** The owner of a payment or a delivery: a CRM object by its type and id. Kept, never answered. */
const ownerFields: Field[] = [
  field('ENTITY_TYPE_ID', 'integer', 'Тип объекта CRM', 'CRM object type', { ...readOnly, upperOnly: true }),
  field('ENTITY_ID', 'integer', 'Объект CRM', 'CRM object', { ...readOnly, upperOnly: true }),
]

/** What a payment holds, in the order crm.item.payment.get answers it. */
const paymentFields: Field[] = [
  field('ID', 'integer', 'ID', 'ID', readOnly),
  field('ACCOUNT_NUMBER', 'string', 'Номер оплаты', 'Payment number', readOnly),
  flag('PAID', 'Оплачена', 'Paid'),
  field('DATE_PAID', 'datetime', 'Дата оплаты', 'Payment date', readOnly),
  field('EMP_PAID_ID', 'user', 'Кто провел оплату', 'Marked paid by', readOnly),
  field('PAY_SYSTEM_ID', 'integer', 'Платежная система', 'Payment system'),
  field('SUM', 'double', 'Сумма', 'Amount', readOnly),
  field('CURRENCY', 'crm_currency', 'Валюта', 'Currency', readOnly),
  field('PAY_SYSTEM_NAME', 'string', 'Название платежной системы', 'Payment system name', readOnly),
  ...ownerFields,
]

/** A payment of deal 13123 (entity type 2), as the pages' examples print it. */
const payment = (id: number, accountNumber: string, paid: boolean) => ({
  ID: id,
  ACCOUNT_NUMBER: accountNumber,
  PAID: paid ? 'Y' : 'N',
  DATE_PAID: paid ? '2024-05-20T12:32:02+03:00' : null,
  EMP_PAID_ID: paid ? 1 : null,
  PAY_SYSTEM_ID: 6,
  SUM: 0,
  CURRENCY: 'USD',
  PAY_SYSTEM_NAME: 'Cash',
  ENTITY_TYPE_ID: 2,
  ENTITY_ID: 13123,
})

/**
 * Payments of orders behind CRM objects. The default store holds the pages' payments of deal 13123:
 * 1036 (paid) and 1037 that get and list read, 1035 that delete removes, and 1038 (unpaid) that pay
 * and unpay change; so a new payment is 1039, which the product and delivery pages then fill.
 */
export const salePayment = defineEntity({
  name: 'salePayment',
  title: { ru: 'Оплата', en: 'Payment' },
  idField: 'ID',
  naming: 'camel',
  seed: [payment(1035, '3653/0', false), payment(1036, '3653/1', true), payment(1037, '3653/2', false), payment(1038, '3653/3', false)],
  fields: paymentFields,
})

/** What a delivery (a shipment of the order) holds, in the order crm.item.delivery.get answers it. */
const shipmentFields: Field[] = [
  field('ID', 'integer', 'ID', 'ID', readOnly),
  field('ACCOUNT_NUMBER', 'string', 'Номер доставки', 'Delivery number', readOnly),
  field('PRICE_DELIVERY', 'double', 'Стоимость доставки', 'Delivery price', readOnly),
  field('CURRENCY', 'crm_currency', 'Валюта', 'Currency', readOnly),
  flag('DEDUCTED', 'Отгружена', 'Shipped'),
  field('DATE_DEDUCTED', 'datetime', 'Дата отгрузки', 'Shipping date', readOnly),
  field('DELIVERY_ID', 'integer', 'Служба доставки', 'Delivery service', readOnly),
  field('DELIVERY_NAME', 'string', 'Название службы доставки', 'Delivery service name', readOnly),
  ...ownerFields,
]

/** A delivery of deal 13127 (entity type 2) by the pages' delivery service 228. */
const shipment = (id: number, accountNumber: string) => ({
  ID: id,
  ACCOUNT_NUMBER: accountNumber,
  PRICE_DELIVERY: 79.99,
  CURRENCY: 'USD',
  DEDUCTED: 'N',
  DATE_DEDUCTED: null,
  DELIVERY_ID: 228,
  DELIVERY_NAME: 'Uber Taxi (Cargo)',
  ENTITY_TYPE_ID: 2,
  ENTITY_ID: 13127,
})

/** Deliveries of orders behind CRM objects. The default store holds deal 13127's deliveries 4077 and 4078, which get and list read. */
export const saleShipment = defineEntity({
  name: 'saleShipment',
  title: { ru: 'Доставка', en: 'Delivery' },
  idField: 'ID',
  naming: 'camel',
  seed: [shipment(4077, '3657/2'), shipment(4078, '3657/3')],
  fields: shipmentFields,
})
