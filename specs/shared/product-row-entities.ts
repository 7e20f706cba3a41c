/**
 * The product row of a CRM object (crm.item.productrow.*): its record type and the rows the pages'
 * examples print. Sources: the official pages api-reference/crm/universal/product-rows/*.md in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs (the crm.item.productrow.fields answer for
 * names, types and flags; the sample answers of get, list, set and getAvailableForPayment for the
 * rows), all in camelCase as the family answers them.
 */
import { defineEntity, defineRecordType } from '@b24kit/spec'

type FieldType = 'integer' | 'number' | 'string'

/**
 * One field of a row: its camelCase name, type, whether the portal may answer null, and its ru/en
 * titles. Ids and counts are typed `number`: the client prints a record type's field type as its
 * TypeScript type, and `integer` is none.
 */
const f = (name: string, type: FieldType, ru: string, en: string, nullable = false) => ({
  name,
  type: type === 'integer' ? 'number' : type,
  ...(nullable ? { nullable: true } : {}),
  description: { ru, en },
})

/** The fields of a product row, as crm.item.productrow.get prints them (the fields page leaves out `priceAccount` and `xmlId`). */
export const productRowFields = [
  f('id', 'integer', 'Идентификатор позиции', 'The row ID'),
  f('ownerId', 'integer', 'Идентификатор объекта-владельца', 'The owning object ID'),
  f(
    'ownerType',
    'string',
    'Краткий код типа владельца (`D`, `L`, `Q`, `SI`, `T<hex>`)',
    'The short code of the owner type (`D`, `L`, `Q`, `SI`, `T<hex>`)',
  ),
  f('productId', 'integer', 'Товар каталога (0 — товар не из каталога)', 'The catalog product (0 for one outside the catalog)'),
  f('productName', 'string', 'Название товара в позиции', 'The product name in the row'),
  f('price', 'number', 'Цена за единицу со скидкой и налогом', 'The unit price after discount and tax'),
  f('priceAccount', 'number', 'Цена в валюте отчетов', 'The price in the report currency'),
  f('priceExclusive', 'number', 'Цена со скидкой, без налога', 'The discounted price before tax'),
  f('priceNetto', 'number', 'Цена без скидки и налога', 'The price before discount and tax'),
  f('priceBrutto', 'number', 'Цена без скидки, с налогом', 'The price before discount, with tax'),
  f('quantity', 'number', 'Количество', 'The quantity'),
  f('discountTypeId', 'integer', 'Тип скидки: `1` сумма, `2` процент', 'The discount type: `1` an amount, `2` a percentage'),
  f('discountRate', 'number', 'Скидка в процентах', 'The discount as a percentage'),
  f('discountSum', 'number', 'Скидка суммой', 'The discount as an amount'),
  f('taxRate', 'number', 'Ставка налога в процентах; null без налога', 'The tax rate as a percentage; null without tax', true),
  f('taxIncluded', 'string', '`Y`, если налог входит в цену', '`Y` when the price includes the tax'),
  f('customized', 'string', '`Y`, если позицию меняли вручную', '`Y` when the row was changed by hand'),
  f('measureCode', 'integer', 'Код единицы измерения', 'The unit of measure code'),
  f('measureName', 'string', 'Название единицы измерения', 'The unit of measure name'),
  f('sort', 'integer', 'Порядок сортировки', 'The sort order'),
  f('xmlId', 'string', 'Внешний код', 'The external code'),
  f('type', 'integer', 'Тип товара в каталоге', 'The product type in the catalog'),
  { ...f('storeId', 'integer', 'Склад (get и list)', 'The store (get and list)'), optional: true },
]

/** A product row as the crm.item.productrow.* methods answer it (the docs' `crm_item_product_row`). */
export const productRowType = defineRecordType({
  name: 'crmItemProductRow',
  description: { ru: 'Товарная позиция объекта CRM, поля в camelCase', en: 'A product row of a CRM object, fields in camelCase' },
  fields: productRowFields,
})

/** A product row as the pages print it (camelCase); the prices are the portal's, so they are given, not computed. */
export type ProductRowSample = Record<string, string | number | null>

const sold = (sample: ProductRowSample): ProductRowSample => ({
  discountTypeId: 2,
  discountRate: 0,
  discountSum: 0,
  taxRate: null,
  taxIncluded: 'Y',
  customized: 'Y',
  measureCode: 796,
  measureName: 'pcs',
  type: 4,
  ...sample,
})

/** One price for every price column: a row without discount or tax. */
const plainPrice = (price: number) => ({ price, priceAccount: price, priceExclusive: price, priceNetto: price, priceBrutto: price })

/** crm.item.productrow.get's page reads row 17622 of deal 13141. */
export const row17622 = sold({
  id: 17622,
  ownerId: 13141,
  ownerType: 'D',
  productId: 9621,
  productName: 'iphone 14',
  ...plainPrice(79999),
  quantity: 11,
  sort: 10,
  xmlId: 'sale_basket_8145',
  storeId: 19,
})

/** crm.item.productrow.list's page lists deal 13142's rows dearer than 5000: 17649 (as the update page leaves it) and 17650. */
export const row17649 = sold({
  id: 17649,
  ownerId: 13142,
  ownerType: 'D',
  productId: 9621,
  productName: 'iphone 14',
  price: 90000,
  priceAccount: 90000,
  priceExclusive: 81818.18,
  priceNetto: 90909.09,
  priceBrutto: 100000,
  quantity: 3,
  discountRate: 10,
  discountSum: 9090.91,
  taxRate: 10,
  sort: 20,
  xmlId: 'sale_basket_8147',
  storeId: 19,
})

export const row17650 = sold({
  id: 17650,
  ownerId: 13142,
  ownerType: 'D',
  productId: 9623,
  productName: 'iphone 10xs',
  ...plainPrice(5550),
  quantity: 1,
  measureCode: 6,
  measureName: 'm',
  sort: 10,
  xmlId: 'sale_basket_8148',
  storeId: 17,
})

/** crm.item.productrow.set's page gives deal 13143 these two rows; crm.item.productrow.delete's page deletes the second. */
export const setRows: ProductRowSample[] = [
  sold({ id: 17654, ownerId: 13143, ownerType: 'D', productId: 9621, productName: 'iphone 14', ...plainPrice(99999.99), quantity: 1 }),
  sold({ id: 17655, ownerId: 13143, ownerType: 'D', productId: 9623, productName: 'iphone 10xs', ...plainPrice(15900), quantity: 2 }),
].map((r) => ({ ...r, taxIncluded: 'N', sort: 10, xmlId: '' }))

/** crm.item.productrow.getAvailableForPayment's page answers deal 13144's two rows, neither paid yet. */
export const unpaidRows: ProductRowSample[] = [
  sold({ id: 17657, ownerId: 13144, ownerType: 'D', productId: 9621, productName: 'iphone 14', ...plainPrice(79999), quantity: 3 }),
  sold({ id: 17658, ownerId: 13144, ownerType: 'D', productId: 9623, productName: 'iphone 10xs', ...plainPrice(5550), quantity: 3 }),
].map((r, i) => ({ ...r, sort: (i + 1) * 10, xmlId: `sale_basket_${8149 + i}` }))

/** The entity the family's access rules and docs grouping name; the mock keeps no product rows (see product-row-method.ts). */
export const productRow = defineEntity({ name: 'productRow', title: { ru: 'Товарная позиция', en: 'Product row' }, idField: 'ID' })
