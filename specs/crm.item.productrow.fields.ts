/**
 * crm.item.productrow.fields. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, the sample answer `{ fields }` as an English portal titles them, no error row the
 * mock could meet. Example-backed: the answer is fixed; it lists the writable and computed fields
 * but not `priceAccount` and `xmlId`, which get and list print (specs/shared/product-row-entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listProductRowSiblings, productRowRowsNotModelled } from './shared/product-row-method.js'

type Flag = 'required' | 'readOnly' | 'immutable'

/** One field as the page describes it: type, flags and the English portal's title. */
const describe = (type: string, title: string, ...flags: Flag[]) => ({
  type,
  isRequired: flags.includes('required'),
  isReadOnly: flags.includes('readOnly'),
  isImmutable: flags.includes('immutable'),
  isMultiple: false,
  isDynamic: false,
  title,
})

/** The page's answer; `priceAccount` and `xmlId`, which get and list print, are not in it. */
const describedFields = {
  id: describe('integer', 'ID', 'readOnly'),
  ownerId: describe('integer', 'Owner ID', 'required', 'immutable'),
  ownerType: describe('string', 'Owner Type', 'required', 'immutable'),
  productId: describe('integer', 'Product', 'required'),
  productName: describe('string', 'Product Name'),
  price: describe('double', 'Price'),
  priceExclusive: describe('double', 'Discounted price excluding tax', 'readOnly'),
  priceNetto: describe('double', 'PRICE_NETTO', 'readOnly'),
  priceBrutto: describe('double', 'PRICE_BRUTTO', 'readOnly'),
  quantity: describe('double', 'Quantity'),
  discountTypeId: describe('integer', 'Discount Type'),
  discountRate: describe('double', 'Discount Amount'),
  discountSum: describe('double', 'Discount Total'),
  taxRate: describe('double', 'Tax'),
  taxIncluded: describe('char', 'Tax included in price'),
  customized: describe('char', 'Modified'),
  measureCode: describe('integer', 'Unit of Measure Code'),
  measureName: describe('string', 'Unit of Measure'),
  sort: describe('integer', 'Sorting'),
  type: describe('integer', 'TYPE', 'readOnly'),
  storeId: describe('integer', 'STORE_ID', 'readOnly'),
}

export default defineMethod({
  method: 'crm.item.productrow.fields',
  scope: 'crm',
  summary: { ru: 'Поля товарной позиции', en: 'Fields of a product row' },
  description: {
    ru: 'Метод `crm.item.productrow.fields` описывает поля товарной позиции: тип, обязательность, доступность для изменения и название каждого поля.',
    en: 'The `crm.item.productrow.fields` method describes the fields of a product row: the type of each field, whether it is required or writable, and its title.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    wrap: { key: 'fields' },
    description: {
      ru: 'Поля в `fields`: имя поля в camelCase — его описание (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
      en: 'The fields in `fields`: each camelCase field name to its description (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'describeProductRowFields',
      title: { ru: 'Получить поля товарной позиции', en: 'Get the product row fields' },
      params: {},
      result: { fields: describedFields },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.fields'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['0'])]
