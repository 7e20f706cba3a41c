/**
 * What the older crm.deal.productrows.*, crm.lead.productrows.* and crm.quote.productrows.* methods
 * share: one owner id, rows in UPPER_CASE, the same error rows and the deprecation in favour of
 * crm.item.productrow.*. Sources: the official pages crm-deal-productrows-get/set.md,
 * crm-lead-productrows-get/set.md and crm-quote-product-rows-get/set.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian). The server's texts end with a period, as the
 * sample error answers and the quote pages print them; the deal and lead tables drop it.
 *
 * The mock answers these methods from their examples: a row's prices and names come from the
 * catalog and the tax rules, and the rows belong to no entity the mock stores.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { createDeprecation } from './contact-method.js'
import { type DocsDifference, keepFinalPeriods, keepUnmodelledRows } from './docs-differences.js'
import { keepOwnLink } from './item-docs-differences.js'

/** An owner of product rows: its entity, and how the texts name it. */
export interface RowOwner {
  entity: 'deal' | 'lead' | 'quote'
  ru: { one: string; of: string }
  en: string
}

export const dealOwner: RowOwner = { entity: 'deal', ru: { one: 'сделка', of: 'сделки' }, en: 'deal' }
export const leadOwner: RowOwner = { entity: 'lead', ru: { one: 'лид', of: 'лида' }, en: 'lead' }
export const quoteOwner: RowOwner = { entity: 'quote', ru: { one: 'предложение', of: 'предложения' }, en: 'quote' }

const row = (id: string, text: string, kind: ErrorRowInput['kind'], ru: string, en: string) =>
  ({ id, code: '', status: 400, text, kind, when: { ru, en } }) as const satisfies ErrorRowInput

const invalidIdRow = (owner: RowOwner) =>
  row(
    'invalidId',
    'The parameter id is invalid or not defined.',
    'invalidParams',
    `Параметр \`id\` не передан или не является идентификатором ${owner.ru.of}`,
    `The \`id\` parameter is missing or is not a ${owner.en} ID`,
  )

const deniedRow = (ru: string, en: string) => row('accessDenied', 'Access denied.', 'accessDenied', ru, en)

const notFoundRow = (owner: RowOwner) =>
  row('notFound', 'Not found.', 'notFound', `Нет ${owner.ru.of} с переданным \`id\``, `No ${owner.en} has the given \`id\``)

const rowsNotArrayRow = row(
  'rowsNotArray',
  'The parameter rows must be array.',
  'invalidParams',
  'Параметр `rows` не является массивом',
  'The `rows` parameter is not an array',
)

const idParam = (owner: RowOwner) =>
  ({
    name: 'id',
    type: 'integer',
    required: true,
    coercion: 'php-int',
    minimum: 1,
    invalidError: 'invalidId',
    description: { ru: `Идентификатор ${owner.ru.of}.`, en: `The ${owner.en} ID.` },
    sources: [`crm.${owner.entity}.list`, `crm.${owner.entity}.add`],
  }) as const satisfies MethodSpecInput['params'][number]

/** The writable columns of a row, as the set pages list them. */
const rowProperty = (name: string, type: 'integer' | 'number' | 'string', ru: string, en: string) =>
  ({ name, type, required: false, description: { ru, en } }) as const

const rowProperties = [
  rowProperty(
    'PRODUCT_ID',
    'integer',
    'Товар каталога; 0 или без него — товар не из каталога.',
    'The catalog product; 0 or none for one outside the catalog.',
  ),
  rowProperty('PRODUCT_NAME', 'string', 'Название товара в позиции.', 'The product name in the row.'),
  rowProperty('PRICE', 'number', 'Цена за единицу со скидкой и налогом.', 'The unit price after discount and tax.'),
  rowProperty('QUANTITY', 'number', 'Количество.', 'The quantity.'),
  rowProperty('DISCOUNT_TYPE_ID', 'integer', 'Тип скидки: `1` сумма, `2` процент.', 'The discount type: `1` an amount, `2` a percentage.'),
  rowProperty('DISCOUNT_RATE', 'number', 'Скидка в процентах.', 'The discount as a percentage.'),
  rowProperty('DISCOUNT_SUM', 'number', 'Скидка суммой.', 'The discount as an amount.'),
  rowProperty('TAX_RATE', 'number', 'Ставка налога в процентах.', 'The tax rate as a percentage.'),
  rowProperty('TAX_INCLUDED', 'string', '`Y`, если налог входит в цену.', '`Y` when the price includes the tax.'),
  rowProperty('MEASURE_CODE', 'integer', 'Код единицы измерения.', 'The unit of measure code.'),
  rowProperty('MEASURE_NAME', 'string', 'Название единицы измерения.', 'The unit of measure name.'),
  rowProperty('SORT', 'integer', 'Порядок сортировки.', 'The sort order.'),
]

type LegacyParts = Pick<
  MethodSpecInput,
  | 'method'
  | 'scope'
  | 'summary'
  | 'description'
  | 'access'
  | 'params'
  | 'result'
  | 'errors'
  | 'errorExample'
  | 'related'
  | 'deprecated'
  | 'operation'
>

/** crm.<owner>.productrows.get: the owner's rows, in UPPER_CASE, as an array. */
export function createRowsGet(owner: RowOwner, withNotFound: boolean, related: string[] = []): LegacyParts {
  const method = `crm.${owner.entity}.productrows.get`
  return {
    method,
    scope: 'crm',
    summary: { ru: `Получить товарные позиции ${owner.ru.of}`, en: `Get the product rows of a ${owner.en}` },
    description: {
      ru: `Метод \`${method}\` возвращает товарные позиции ${owner.ru.of} массивом, поля в UPPER_CASE.`,
      en: `The \`${method}\` method returns the product rows of a ${owner.en} as an array, fields in UPPER_CASE.`,
    },
    access: {
      entity: owner.entity,
      permission: 'read',
      description: { ru: `пользователь с правом на чтение ${owner.ru.of}`, en: `a user allowed to read the ${owner.en}` },
      deniedError: 'accessDenied',
    },
    params: [idParam(owner)],
    result: {
      type: 'array',
      description: {
        ru: 'Позиции: товар, цены (со скидкой, без налога, до скидки), количество, скидка, налог, единица измерения, резерв',
        en: 'The rows: product, prices (discounted, before tax, before discount), quantity, discount, tax, unit of measure, reserve',
      },
    },
    errors: [
      invalidIdRow(owner),
      deniedRow(`У пользователя нет права на чтение ${owner.ru.of}`, `The user may not read the ${owner.en}`),
      ...(withNotFound ? [notFoundRow(owner)] : []),
    ],
    errorExample: 'invalidId',
    related: [`crm.${owner.entity}.productrows.set`, ...related, 'crm.item.productrow.list'],
    deprecated: createDeprecation('crm.item.productrow.list'),
    operation: { kind: 'example', entity: owner.entity, ...(withNotFound ? { noMatch: 'notFound' } : {}) },
  }
}

/** crm.<owner>.productrows.set: replaces the owner's rows; `true` on success. */
export function createRowsSet(owner: RowOwner, withRowsRow: boolean, related: string[] = []): LegacyParts {
  const method = `crm.${owner.entity}.productrows.set`
  return {
    method,
    scope: 'crm',
    summary: { ru: `Заменить товарные позиции ${owner.ru.of}`, en: `Replace the product rows of a ${owner.en}` },
    description: {
      ru: `Метод \`${method}\` заменяет все товарные позиции ${owner.ru.of} переданными; пустой \`rows\` удаляет все позиции.`,
      en: `The \`${method}\` method replaces every product row of a ${owner.en} with the ones sent; an empty \`rows\` removes them all.`,
    },
    access: {
      entity: owner.entity,
      permission: 'update',
      description: { ru: `пользователь с правом на изменение ${owner.ru.of}`, en: `a user allowed to change the ${owner.en}` },
      deniedError: 'accessDenied',
    },
    params: [
      idParam(owner),
      {
        name: 'rows',
        type: 'array',
        required: true,
        ...(withRowsRow ? { invalidError: 'rowsNotArray' } : {}),
        description: { ru: 'Новые позиции, поля в UPPER_CASE.', en: 'The new rows, fields in UPPER_CASE.' },
        items: { type: 'object', properties: rowProperties },
      },
    ],
    result: { type: 'boolean', const: true, description: { ru: '`true` при успехе', en: '`true` on success' } },
    errors: [
      invalidIdRow(owner),
      ...(withRowsRow ? [rowsNotArrayRow] : []),
      deniedRow(`У пользователя нет права на изменение ${owner.ru.of}`, `The user may not change the ${owner.en}`),
      notFoundRow(owner),
    ],
    errorExample: 'notFound',
    related: [`crm.${owner.entity}.productrows.get`, ...related, 'crm.item.productrow.set'],
    deprecated: createDeprecation('crm.item.productrow.set'),
    operation: { kind: 'example', entity: owner.entity },
  }
}

/** The deal and lead tables print the texts without their final period. */
export const keepTablePeriods = (ids: string[]): DocsDifference[] =>
  keepFinalPeriods(
    Object.fromEntries(
      ids.map((id) => [
        id,
        {
          invalidId: 'The parameter id is invalid or not defined',
          accessDenied: 'Access denied',
          notFound: 'Not found',
          rowsNotArray: 'The parameter rows must be array',
        }[id] as string,
      ]),
    ),
  )

/** The discount rows of the deal and lead set pages: ERROR_CORE texts from the product rules, with no cause the mock meets. */
export const discountRowsNotModelled: DocsDifference[] = keepUnmodelledRows([
  ['', 'Discount Rate (DISCOUNT_RATE) is required if Percentage Discount Type (DISCOUNT_TYPE_ID) is defined'],
  [
    '',
    'Discount Sum (DISCOUNT_SUM) is required if Percentage Discount Type (DISCOUNT_TYPE_ID) is defined and Discount Rate (DISCOUNT_RATE) is 100%',
  ],
  ['', 'Discount Sum (DISCOUNT_SUM) is required if Monetary Discount Type (DISCOUNT_TYPE_ID) is defined'],
])

/** The link to the replacement the page's deprecation note names. */
export const keepReplacementLink = (method: string): DocsDifference =>
  keepOwnLink(method, 'the deprecation note sends the reader to crm.item.productrow.*; the link leads to the method that replaces this one')

/** Parameters the check does not see: the deal pages mark `id` required as `**id^*^**`, and the importer then reads no table. */
export const keepUnreadParams = (names: string[]): DocsDifference[] =>
  names.map((name) => ({
    path: `params.${name}`,
    docs: '(absent)',
    reason:
      'the page lists the parameter in a table whose required marker `^*^` the importer does not read yet, so the check sees no parameters',
  }))

/** `rows`: the page marks it optional, yet the server refuses a call without it. */
export const keepRowsRequired: DocsDifference = {
  path: 'params.rows.required',
  docs: 'false',
  reason:
    'the server answers `The parameter rows must be array.` when `rows` is missing, so the spec requires it (send `[]` to remove every row)',
}

/** The quote set page's row for the catalog's own refusals, whose text varies with the rule broken. */
export const catalogRowNotModelled: DocsDifference[] = keepUnmodelledRows([['', 'Catalog rights check error message']])
