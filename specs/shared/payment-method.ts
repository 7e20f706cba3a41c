/**
 * What the crm.item.payment.* methods share: the payment id, the owner pair, who may call them, the
 * server's access row, the pages' payments and the family's names. Sources: the official pages
 * api-reference/crm/universal/payment/*.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian).
 *
 * The error tables word every row in their own words, all with code `0` or `100`. The server's text
 * is known for one row only: the get, update, delete, pay, unpay and list pages' sample answer
 * `0` / `Недостаточно прав` (`Insufficient permissions`), which the tables call "payment not found
 * or access denied": the server answers both causes alike, so one row serves as the access row and
 * the not-found row. The rest (a missing parameter, a wrong owner type, an owner that is not there,
 * any other failure) have no text the spec could send; they stay out, listed by `paymentRowsNotModelled`.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepUnmodelledRows } from './docs-differences.js'
import { itemFilterOperators } from './item-method.js'

type Param = MethodSpecInput['params'][number]
type Access = MethodSpecInput['access']

/** The payment id, read as `id` and cast like PHP's (int). */
export const paymentIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор оплаты.', en: 'The payment ID.' },
  sources: ['crm.item.payment.list', 'crm.item.payment.add'],
} as const satisfies Param

/** The owner of the payments: a CRM object by its type and id (the sale module's order behind it). */
export const paymentOwnerParams = [
  {
    name: 'entityId',
    type: 'integer',
    required: true,
    description: { ru: 'Идентификатор объекта CRM.', en: 'The ID of the CRM object.' },
  },
  {
    name: 'entityTypeId',
    type: 'integer',
    required: true,
    description: { ru: 'Тип объекта CRM (`2` — сделка).', en: 'The CRM object type (`2` is a deal).' },
  },
] as const satisfies Param[]

/**
 * The params of a list of one owner's sale records (crm.item.payment.list, crm.item.delivery.list):
 * the owner pair, then `filter` and `order` over the record's camelCase fields; `what` names the
 * record in the filter's text (`оплаты` / `payment`).
 */
export function createOwnerListParams(what: { ru: string; en: string }): Param[] {
  return [
    ...paymentOwnerParams,
    {
      name: 'filter',
      type: 'object',
      required: false,
      filter: { fields: 'record', operators: [...itemFilterOperators] },
      description: {
        ru: `Фильтр по полям ${what.ru} в camelCase, с префиксами сравнения (\`@id\` — один из списка).`,
        en: `A filter over the ${what.en} fields in camelCase, with comparison prefixes (\`@id\`: one of a list).`,
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
    },
  ]
}

/** The store fields the owner pair fills and selects by. */
export const paymentOwnerBy = { ENTITY_ID: 'entityId', ENTITY_TYPE_ID: 'entityTypeId' } as const

/** Who may call a method that changes a payment (or reads one: the get page asks the same). */
export function createPaymentAccess(permission: 'read' | 'add' | 'update', ru: string, en: string): Access {
  return { entity: 'salePayment', permission, description: { ru, en }, deniedError: 'paymentUnavailable' }
}

/** Who may change a payment (the get page asks the same right): the right to change its order. */
export const paymentOrderAccess = createPaymentAccess(
  'update',
  'пользователь с правом на изменение заказа оплаты',
  'a user allowed to change the order of the payment',
)

/** The `true` a write answers once done. */
export function createTrueResult(ru: string, en: string): MethodSpecInput['result'] {
  return { type: 'boolean', const: true, description: { ru: `\`true\`, ${ru}`, en: `\`true\` ${en}` } }
}

/** The server's one answer for a payment that is not there and for a caller who may not touch it. */
export const paymentUnavailableRow = {
  id: 'paymentUnavailable',
  code: '0',
  status: 400,
  text: { ru: 'Недостаточно прав', en: 'Insufficient permissions' },
  kind: 'accessDenied',
  when: {
    ru: 'Оплаты с таким `id` нет, или у пользователя нет права на ее заказ',
    en: 'No payment has the `id`, or the user has no right on its order',
  },
} as const satisfies ErrorRowInput

/** The same answer where the method reads no payment by id (add, list): the caller's right alone. */
export function createPaymentDeniedRow(ru: string, en: string): ErrorRowInput {
  return { ...paymentUnavailableRow, when: { ru, en } }
}

/** A payment of deal 13123 as get and list answer it (the store's seed in specs/shared/sale-entities.ts). */
export const payment1036 = {
  id: 1036,
  accountNumber: '3653/1',
  paid: 'Y',
  datePaid: '2024-05-20T12:32:02+03:00',
  empPaidId: 1,
  paySystemId: 6,
  sum: 0,
  currency: 'USD',
  paySystemName: 'Cash',
}

/** The unpaid payment the list page prints beside 1036. */
export const payment1037 = { ...payment1036, id: 1037, accountNumber: '3653/2', paid: 'N', datePaid: null, empPaidId: null }

/** The methods of the family, for each spec's `related` (the spec's own name left out). */
export function listPaymentSiblings(method: string): string[] {
  return ['update', 'delete', 'get', 'list', 'pay', 'unpay', 'add']
    .map((verb) => `crm.item.payment.${verb}`)
    .filter((name) => name !== method)
}

/**
 * The differences every page of the payment pages keeps: its rows listed by code alone (`100`, a
 * parameter missing, and the `0` rows beside the ones the spec sends), whose server texts no page
 * gives, stay out; and the rows the spec sends (`rowIds`) carry the server's text from the sample
 * answers, which the tables do not print.
 */
export function keepPaymentDifferences(rowIds: string[]): DocsDifference[] {
  return [
    ...keepUnmodelledRows([
      ['100', '(absent)'],
      ['0', '(absent)'],
    ]),
    ...rowIds.map((id) => ({
      path: `errors[${id}]`,
      docs: '(absent)',
      reason: "the table lists the row by code `0` and its own words; the text is the server's, from the sample error answers",
    })),
  ]
}

/**
 * crm.item.payment.pay and .unpay, which differ only in the flag they write: `true` once the payment
 * of `id` is marked paid (`Y`) or unpaid (`N`). The pages' examples both send payment 1038.
 */
export function createPaidFlagSpec(verb: 'pay' | 'unpay'): MethodSpecInput {
  const paid = verb === 'pay'
  const method = `crm.item.payment.${verb}`
  const state = paid ? { ru: 'оплаченной', en: 'paid' } : { ru: 'неоплаченной', en: 'unpaid' }
  return {
    method,
    scope: 'crm',
    summary: paid
      ? { ru: 'Отметить оплату оплаченной', en: 'Mark a payment paid' }
      : { ru: 'Снять отметку об оплате', en: 'Mark a payment unpaid' },
    description: {
      ru: `Метод \`${method}\` отмечает оплату ${state.ru}: \`paid\` становится \`${paid ? 'Y' : 'N'}\`.`,
      en: `The \`${method}\` method marks a payment ${state.en}: its \`paid\` becomes \`${paid ? 'Y' : 'N'}\`.`,
    },
    access: paymentOrderAccess,
    params: [paymentIdParam],
    result: createTrueResult(`если оплата отмечена ${state.ru}`, `when the payment is marked ${state.en}`),
    errors: [paymentUnavailableRow],
    errorExample: 'paymentUnavailable',
    examples: [
      {
        id: `${verb}Payment1038`,
        title: { ru: `Отметить оплату 1038 ${state.ru}`, en: `Mark payment 1038 ${state.en}` },
        params: { id: 1038 },
        result: true,
      },
    ],
    related: listPaymentSiblings(method),
    operation: {
      kind: 'update',
      entity: 'salePayment',
      by: 'id',
      notFound: 'paymentUnavailable',
      naming: 'camel',
      set: { PAID: paid ? 'Y' : 'N' },
    },
  }
}
