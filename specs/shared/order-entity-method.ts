/**
 * What the crm.orderentity.* methods share: the binding's three key fields, the error rows their
 * tables list (the server's text first in each row) and the family's names. Sources: the official
 * pages api-reference/crm/universal/order-entity/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian).
 *
 * The family is example-backed: a binding has no id of its own (it is the triple order, owner
 * type, owner), its answers are wrapped in keys the store's operations do not give (`dealOrder`,
 * `orderEntity`), deleteByFilter removes by that triple, and the orders live in the sale module,
 * which the mock does not hold. The mock answers the pages' examples: order 5125 bound to deal 6933.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { createErrorRow } from './item-method.js'

type Param = MethodSpecInput['params'][number]
type Property = NonNullable<Param['properties']>[number]

/** Who may call every method of the family, as the pages say it (no CRM entity right). */
export const orderEntityAccess = {
  description: { ru: 'администратор интернет-магазина', en: 'an online store administrator' },
} as const

const keyProperties: Property[] = [
  {
    name: 'orderId',
    type: 'integer',
    required: true,
    description: { ru: 'ID заказа интернет-магазина.', en: 'The online store order ID.' },
  },
  {
    name: 'ownerTypeId',
    type: 'integer',
    required: true,
    description: { ru: 'Тип объекта CRM: сделка (2) или счет.', en: 'The CRM object type: a deal (2) or an invoice.' },
  },
  {
    name: 'ownerId',
    type: 'integer',
    required: true,
    description: { ru: 'ID объекта CRM.', en: 'The CRM object ID.' },
  },
]

/** `fields` of add and deleteByFilter: the binding's key. */
export function createBindingParam(ru: string, en: string): Param {
  return { name: 'fields', type: 'object', required: true, properties: keyProperties, description: { ru, en } }
}

/** The binding as add answers it in `dealOrder`. */
export const bindingShape = { type: 'object', properties: keyProperties } as const

/** `Access Denied` with the code the write methods (add, deleteByFilter) send. */
export const writeDeniedRow = createErrorRow(
  'accessDenied',
  '200040300020',
  'Access Denied',
  'accessDenied',
  'Вызывающий не администратор интернет-магазина',
  'The caller is not an online store administrator',
)

/** `Access Denied` with the code the read methods (list, getFields) send. */
export const readDeniedRow = createErrorRow(
  'accessDenied',
  '200040300010',
  'Access Denied',
  'accessDenied',
  'Вызывающий не администратор интернет-магазина',
  'The caller is not an online store administrator',
)

/** The order named in `fields.orderId` does not exist. */
export const orderNotFoundRow = createErrorRow(
  'orderNotFound',
  '200540400001',
  'order does not exist',
  'notFound',
  'Заказа с таким `orderId` нет',
  'No order has that `orderId`',
)

/** A key field is missing; the server lists the missing ones in place of `#FIELDS#`. */
export const requiredFieldsRow = createErrorRow(
  'requiredFields',
  '0',
  'Required fields: #FIELDS#',
  'invalidParams',
  'В `fields` нет обязательных полей; сервер перечисляет их через запятую',
  'Required keys are missing from `fields`; the server lists them, comma separated',
)

/** The family's methods, for each spec's `related` (the spec's own name is left out). */
export function listOrderEntitySiblings(method: string): string[] {
  return ['crm.orderentity.add', 'crm.orderentity.list', 'crm.orderentity.deletebyfilter', 'crm.orderentity.getFields'].filter(
    (name) => name !== method,
  )
}

/**
 * The pages link deleteByFilter by its H1 spelling; `related` names the spec, which takes the cURL
 * URL's lower-case spelling (the server reads method names in any case).
 */
export const deleteByFilterLink: DocsDifference[] = [
  {
    path: 'related.crm.orderentity.deleteByFilter',
    docs: 'present',
    reason: "the spec is named crm.orderentity.deletebyfilter, as the page's cURL URL spells it; the link names that spec",
  },
  { path: 'related.crm.orderentity.deletebyfilter', docs: '(absent)', reason: 'the same link, by the spec name' },
]

/** The write pages' last row: any other failure to save the order, with no text of its own. */
export const saveErrorsNotModelled: DocsDifference[] = [
  {
    path: 'errors[requiredFields]',
    docs: '(absent)',
    reason:
      "the table has two rows with code 0 and prints this one's server text in backticks beside its description; the spec keeps that text",
  },
  {
    path: 'errors[code 0, text (absent)]',
    docs: 'present',
    reason:
      'the row stands for any failure of the sale module to save the order and gives no server text; the mock holds no orders to fail',
  },
]
