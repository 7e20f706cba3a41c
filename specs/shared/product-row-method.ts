/**
 * What the crm.item.productrow.* methods share: the row id, the owner pair, the error rows whose
 * server texts the pages' sample error answers give, and the family's names. Sources: the official
 * pages api-reference/crm/universal/product-rows/*.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian). The tables word every row in their own words; the texts
 * here are the server's, from the sample answers (`Item not found`, `Access denied`, `Owner was not found`).
 *
 * The mock answers every method of the family from its examples (a call matching none answers the
 * first, or NOT_FOUND where the method has that row): the answers carry what the portal derives from
 * its catalog, tax rules and payments (names, net and gross prices, discount sums, unpaid rows), and
 * the client types camelCase records only for CRM object types (codegen item-typing.ts), so a stateful
 * `productRow` entity would be typed by UPPER_CASE names the answers do not use.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { keepUnmodelledRows } from './docs-differences.js'

type Param = MethodSpecInput['params'][number]

/** The product row id, read as `id` then `ID` and cast like PHP's (int). */
export const productRowIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['id', 'ID'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор товарной позиции.', en: 'The product row ID.' },
  sources: ['crm.item.productrow.list', 'crm.item.productrow.add'],
} as const satisfies Param

/** The owner's id, beside its type. */
export const ownerIdParam = {
  name: 'ownerId',
  type: 'integer',
  required: true,
  description: { ru: 'Идентификатор объекта CRM, которому принадлежат позиции.', en: 'The ID of the CRM object the rows belong to.' },
} as const satisfies Param

/** The owner's short type code: `D` deal, `L` lead, `Q` quote, `SI` smart invoice, `T<hex>` a smart process. */
export const ownerTypeParam = {
  name: 'ownerType',
  type: 'string',
  required: true,
  description: {
    ru: 'Краткий код типа объекта CRM: `D` сделка, `L` лид, `Q` предложение, `SI` счет, `T` и шестнадцатеричный id для смарт-процесса.',
    en: 'The short code of the CRM object type: `D` deal, `L` lead, `Q` quote, `SI` invoice, `T` and a hex id for a smart process.',
  },
} as const satisfies Param

/** The methods of the family, for each spec's `related` (the spec's own name left out). */
export function listProductRowSiblings(method: string): string[] {
  return ['add', 'update', 'fields', 'get', 'set', 'getAvailableForPayment', 'list', 'delete']
    .map((verb) => `crm.item.productrow.${verb}`)
    .filter((name) => name !== method)
}

const row = (id: string, code: string, text: ErrorRowInput['text'], kind: ErrorRowInput['kind'], ru: string, en: string) =>
  ({ id, code, status: 400, text, kind, when: { ru, en } }) as const satisfies ErrorRowInput

/** No product row has the given id (the get, update and delete pages' sample error answer). */
export const productRowNotFoundRow = row(
  'notFound',
  'NOT_FOUND',
  { ru: 'Элемент не найден', en: 'Item not found' },
  'notFound',
  'Товарной позиции с переданным `id` нет',
  'No product row has the given `id`',
)

/** The caller lacks the right the method needs on the owner (the list page's sample error answer). */
export function createProductRowDeniedRow(ru: string, en: string) {
  return row('accessDenied', 'ACCESS_DENIED', { ru: 'Доступ запрещен', en: 'Access denied' }, 'accessDenied', ru, en)
}

/** No CRM object has the given owner type and id (the add and set pages' sample error answer, in English on both). */
export const ownerNotFoundRow = row(
  'ownerNotFound',
  'OWNER_NOT_FOUND',
  'Owner was not found',
  'notFound',
  'Объекта CRM с переданными `ownerType` и `ownerId` нет',
  'No CRM object has the given `ownerType` and `ownerId`',
)

/**
 * The rows the pages list by code alone (the tables paraphrase; no sample answer gives the server's
 * text) and the mock has no cause for: an owner type without product rows, a bad filter or field,
 * a missing parameter, an internal failure.
 */
export const productRowRowsNotModelled = (codes: ('ENTITY_TYPE_NOT_SUPPORTED' | 'INVALID_ARG_VALUE' | '100' | '0')[]) =>
  keepUnmodelledRows(codes.map((code) => [code, '(absent)']))

const prop = (name: string, type: 'integer' | 'number' | 'string', ru: string, en: string) =>
  ({ name, type, required: false, description: { ru, en } }) as const

/** The writable fields of a row, as crm.item.productrow.set's `productRows` items list them. */
export const productRowInputProperties = [
  prop('productId', 'integer', 'Товар каталога.', 'The catalog product.'),
  prop(
    'productName',
    'string',
    'Название в позиции; без него берется из каталога.',
    'The name in the row; taken from the catalog when left out.',
  ),
  prop('price', 'number', 'Цена за единицу с учетом скидок и налогов.', 'The unit price after discounts and taxes.'),
  prop('quantity', 'number', 'Количество, по умолчанию 1.', 'The quantity, 1 by default.'),
  prop(
    'discountTypeId',
    'integer',
    'Тип скидки: `1` сумма, `2` процент (по умолчанию).',
    'The discount type: `1` an amount, `2` a percentage (the default).',
  ),
  prop('discountRate', 'number', 'Скидка в процентах.', 'The discount as a percentage.'),
  prop('discountSum', 'number', 'Скидка суммой.', 'The discount as an amount.'),
  prop('taxRate', 'number', 'Ставка налога в процентах.', 'The tax rate as a percentage.'),
  prop('taxIncluded', 'string', '`Y`, если налог входит в цену; по умолчанию `N`.', '`Y` when the price includes the tax; `N` by default.'),
  prop(
    'measureCode',
    'string',
    'Код единицы измерения; без него берется из каталога.',
    'The unit of measure code; taken from the catalog when left out.',
  ),
  prop('sort', 'integer', 'Порядок сортировки.', 'The sort order.'),
]

type Result = MethodSpecInput['result']
const ref = 'crmItemProductRow'

/** An answer holding one row in `productRow`. */
export function createRowResult(ru: string, en: string): Result {
  const property = { name: 'productRow', type: 'object', ref, required: true, description: { ru: 'Позиция', en: 'The row' } } as const
  return { type: 'object', properties: [property], description: { ru, en } }
}

/** An answer holding rows in `productRows`. */
export function createRowsResult(ru: string, en: string): Result {
  const items = { type: 'object', ref } as const
  const property = { name: 'productRows', type: 'array', items, required: true, description: { ru: 'Позиции', en: 'The rows' } } as const
  return { type: 'object', properties: [property], description: { ru, en } }
}
