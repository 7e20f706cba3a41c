/**
 * The items of a payment: the product rows (crm.item.payment.product.*) and the deliveries
 * (crm.item.payment.delivery.*) a payment covers, built by one set of helpers since the two
 * sub-families differ only in what an item points at (`rowId`, a product row of the CRM object, or
 * `deliveryId`, a delivery of its order) and in their last method (setQuantity, setDelivery).
 * Sources: the official pages api-reference/crm/universal/payment/products-in-payment/*.md and
 * delivery-in-payment/*.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian).
 *
 * Example-backed: the mock answers the pages' examples and the pages' own not-found rows for any
 * other payment or item. Modelling the items would mean modelling what the portal checks on each
 * write (the product row's quantity left to pay, the order's deliveries), which the mock does not keep.
 * The server texts come from the pages' sample answers (`Payment has not been found`, `Payable item
 * has not been found`, English in both languages); the access row's text is the one the payment
 * pages give. The pages' other rows (a quantity of 0 or less, more than is left, a missing
 * parameter, any other failure) have no text: they stay out, by `keepPaymentRowsOut`.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { itemFilterOperators } from './item-method.js'
import { createPaymentAccess, createPaymentDeniedRow, createTrueResult, paymentOrderAccess } from './payment-method.js'

type Param = MethodSpecInput['params'][number]

/** Which items of a payment: product rows or deliveries. */
export type PayableKind = 'product' | 'delivery'

/** How each kind names its item and what the item points at. */
const kinds = {
  product: {
    item: { ru: 'товарная позиция оплаты', en: 'payment product item' },
    target: 'rowId',
    targetText: {
      ru: 'Товарная позиция объекта CRM (`crm.item.productrow.list`).',
      en: 'The product row of the CRM object (`crm.item.productrow.list`).',
    },
    last: 'setQuantity',
  },
  delivery: {
    item: { ru: 'позиция доставки оплаты', en: 'payment delivery item' },
    target: 'deliveryId',
    targetText: {
      ru: 'Доставка заказа (`crm.item.delivery.list`, ключ `id`).',
      en: 'The delivery of the order (`crm.item.delivery.list`, its `id`).',
    },
    last: 'setDelivery',
  },
} as const

/** The add pages ask for the right to change the order the item goes into, which the importer reads as `add`. */
export const orderUpdatePermission: DocsDifference = {
  path: 'access.permission',
  docs: 'add',
  reason: "the page asks for the right to change the payment's order: adding an item updates the order",
}

/** The methods of a sub-family, for each spec's `related` (the spec's own name left out). */
export function listPayableSiblings(kind: PayableKind, method: string): string[] {
  return ['add', 'delete', 'list', kinds[kind].last].map((verb) => `crm.item.payment.${kind}.${verb}`).filter((name) => name !== method)
}

const row = (id: string, text: string, ru: string, en: string): ErrorRowInput => ({
  id,
  code: '0',
  status: 400,
  text,
  kind: 'notFound',
  when: { ru, en },
})

/** No payment has the `paymentId` (the add and list pages' sample answer). */
export const paymentNotFoundRow = row(
  'paymentNotFound',
  'Payment has not been found',
  'Оплаты с таким `paymentId` нет',
  'No payment has the `paymentId`',
)

/** No item of a payment has the `id` (the delete and set pages' sample answer). */
export const payableItemNotFoundRow = row(
  'payableItemNotFound',
  'Payable item has not been found',
  'Позиции оплаты с таким `id` нет',
  'No payment item has the `id`',
)

/** The payment the items belong to. */
export const paymentIdRefParam = {
  name: 'paymentId',
  type: 'integer',
  required: true,
  description: { ru: 'Идентификатор оплаты.', en: 'The payment ID.' },
  sources: ['crm.item.payment.list', 'crm.item.payment.add'],
} as const satisfies Param

/** The id of an item in a payment. */
export function createPayableIdParam(kind: PayableKind): Param {
  return {
    name: 'id',
    type: 'integer',
    required: true,
    minimum: 1,
    description: { ru: `Идентификатор: ${kinds[kind].item.ru}.`, en: `The ID of the ${kinds[kind].item.en}.` },
    sources: [`crm.item.payment.${kind}.list`, `crm.item.payment.${kind}.add`],
  }
}

/** What an item points at: `rowId` (a product row) or `deliveryId` (a delivery). */
export function createPayableTargetParam(kind: PayableKind): Param {
  const { ru, en } = kinds[kind].targetText
  return { name: kinds[kind].target, type: 'integer', required: true, description: { ru, en } }
}

/** The quantity of a product in a payment. */
export const quantityParam = {
  name: 'quantity',
  type: 'number',
  required: true,
  description: { ru: 'Количество товара, больше 0.', en: 'The product quantity, above 0.' },
} as const satisfies Param

/** Who may change the items of a payment, or read them. */
export function createPayableAccess(permission: 'read' | 'update'): MethodSpecInput['access'] {
  return permission === 'read'
    ? createPaymentAccess('read', 'пользователь с правом на чтение заказа оплаты', 'a user allowed to read the order of the payment')
    : paymentOrderAccess
}

/** The access row of the item methods. */
export const payableDeniedRow = createPaymentDeniedRow(
  'У пользователя нет права на заказ оплаты',
  'The user has no right on the order of the payment',
)

/** The shape of one item as the list pages print it. */
function createItemShape(kind: PayableKind): NonNullable<MethodSpecInput['result']['items']> {
  const prop = (name: string, type: 'integer' | 'number', ru: string, en: string) =>
    ({ name, type, required: true, description: { ru, en } }) as const
  return {
    type: 'object',
    properties: [
      prop('id', 'integer', 'Идентификатор позиции оплаты', 'The payment item ID'),
      prop('paymentId', 'integer', 'Оплата', 'The payment'),
      prop('quantity', 'number', 'Количество', 'The quantity'),
      kind === 'product'
        ? prop('rowId', 'integer', 'Товарная позиция объекта CRM', 'The product row of the CRM object')
        : prop('deliveryId', 'integer', 'Доставка', 'The delivery'),
    ],
  }
}

/** One example of a sub-family's method: its id, ru/en title, params and answer. */
export interface PayableExample {
  id: string
  title: [ru: string, en: string]
  params: Record<string, unknown>
  result: unknown
}

const toExample = (e: PayableExample) => ({ id: e.id, title: { ru: e.title[0], en: e.title[1] }, params: e.params, result: e.result })

/** add: puts an item into a payment and answers its id. */
export function createPayableAddSpec(kind: PayableKind, example: PayableExample): MethodSpecInput {
  const method = `crm.item.payment.${kind}.add`
  const { item } = kinds[kind]
  return {
    method,
    scope: 'crm',
    summary: { ru: `Добавить: ${item.ru}`, en: `Add a ${item.en}` },
    description: {
      ru: `Метод \`${method}\` добавляет в оплату позицию (${item.ru}) и возвращает ее идентификатор.`,
      en: `The \`${method}\` method adds a ${item.en} to a payment and returns its ID.`,
    },
    access: createPayableAccess('update'),
    params: [paymentIdRefParam, createPayableTargetParam(kind), ...(kind === 'product' ? [quantityParam] : [])],
    result: { type: 'integer', description: { ru: 'Идентификатор новой позиции оплаты', en: 'The ID of the new payment item' } },
    errors: [paymentNotFoundRow, payableDeniedRow],
    errorExample: 'paymentNotFound',
    examples: [toExample(example)],
    related: listPayableSiblings(kind, method),
    operation: { kind: 'example', entity: 'salePayment', noMatch: 'paymentNotFound' },
  }
}

/** delete: removes an item from its payment. */
export function createPayableDeleteSpec(kind: PayableKind, example: PayableExample): MethodSpecInput {
  const method = `crm.item.payment.${kind}.delete`
  const { item } = kinds[kind]
  return {
    method,
    scope: 'crm',
    summary: { ru: `Удалить: ${item.ru}`, en: `Delete a ${item.en}` },
    description: {
      ru: `Метод \`${method}\` убирает позицию (${item.ru}) из оплаты.`,
      en: `The \`${method}\` method removes a ${item.en} from its payment.`,
    },
    access: createPayableAccess('update'),
    params: [createPayableIdParam(kind)],
    result: createTrueResult('если позиция удалена', 'when the item is removed'),
    errors: [payableItemNotFoundRow, payableDeniedRow],
    errorExample: 'payableItemNotFound',
    examples: [toExample(example)],
    related: listPayableSiblings(kind, method),
    operation: { kind: 'example', entity: 'salePayment', noMatch: 'payableItemNotFound' },
  }
}

/** list: the items of one payment, narrowed by a filter over `id` and `quantity`. */
export function createPayableListSpec(kind: PayableKind, example: PayableExample): MethodSpecInput {
  const method = `crm.item.payment.${kind}.list`
  const { item } = kinds[kind]
  return {
    method,
    scope: 'crm',
    summary: { ru: `Получить позиции оплаты: ${item.ru}`, en: `List the ${item.en}s` },
    description: {
      ru: `Метод \`${method}\` возвращает позиции одной оплаты (${item.ru}) по фильтру, списком без страниц.`,
      en: `The \`${method}\` method returns the ${item.en}s of one payment matching a filter, as one list without pages.`,
    },
    access: createPayableAccess('read'),
    params: [
      paymentIdRefParam,
      {
        name: 'filter',
        type: 'object',
        required: true,
        filter: { fields: ['id', 'quantity'], operators: [...itemFilterOperators] },
        description: {
          ru: 'Фильтр по `id` и `quantity`, с префиксами сравнения.',
          en: 'A filter over `id` and `quantity`, with comparison prefixes.',
        },
      },
      {
        name: 'order',
        type: 'object',
        required: false,
        values: { type: 'string', enum: [{ value: 'asc' }, { value: 'desc' }] },
        description: {
          ru: 'Сортировка по `id` или `quantity`: `asc` или `desc`.',
          en: 'The sort order by `id` or `quantity`: `asc` or `desc`.',
        },
      },
    ],
    result: {
      type: 'array',
      items: createItemShape(kind),
      description: { ru: 'Позиции оплаты', en: 'The items of the payment' },
    },
    errors: [paymentNotFoundRow, payableDeniedRow],
    errorExample: 'paymentNotFound',
    examples: [toExample(example)],
    related: listPayableSiblings(kind, method),
    operation: { kind: 'example', entity: 'salePayment', noMatch: 'paymentNotFound' },
  }
}

/** setQuantity or setDelivery: changes what an item holds (its quantity, or the delivery it points at). */
export function createPayableSetSpec(kind: PayableKind, example: PayableExample): MethodSpecInput {
  const method = `crm.item.payment.${kind}.${kinds[kind].last}`
  const what = kind === 'product' ? { ru: 'количество товара', en: 'product quantity' } : { ru: 'доставку', en: 'delivery' }
  return {
    method,
    scope: 'crm',
    summary:
      kind === 'product'
        ? { ru: 'Изменить количество товара в оплате', en: 'Change the product quantity in a payment' }
        : { ru: 'Заменить доставку в оплате', en: 'Change the delivery in a payment' },
    description: {
      ru: `Метод \`${method}\` меняет у позиции оплаты ${what.ru}.`,
      en: `The \`${method}\` method changes the ${what.en} of a payment item.`,
    },
    access: createPayableAccess('update'),
    params: [createPayableIdParam(kind), kind === 'product' ? quantityParam : createPayableTargetParam(kind)],
    result: createTrueResult('если позиция изменена', 'when the item is changed'),
    errors: [payableItemNotFoundRow, payableDeniedRow],
    errorExample: 'payableItemNotFound',
    examples: [toExample(example)],
    related: listPayableSiblings(kind, method),
    operation: { kind: 'example', entity: 'salePayment', noMatch: 'payableItemNotFound' },
  }
}
