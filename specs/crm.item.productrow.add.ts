/**
 * crm.item.productrow.add. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (the owner
 * pair required), the answer `{ productRow }`, the error table and the sample `OWNER_NOT_FOUND`
 * answer. Example-backed: the answer holds what the portal derives from its catalog and its tax
 * rules (product and unit names, the net and gross prices, the discount sum), which the mock's
 * record operations cannot compute, so the mock answers the page's row 17647 of deal 13142.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createProductRowDeniedRow,
  createRowResult,
  listProductRowSiblings,
  ownerNotFoundRow,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.add',
  scope: 'crm',
  summary: { ru: 'Добавить товарную позицию', en: 'Add a product row' },
  description: {
    ru: 'Метод `crm.item.productrow.add` добавляет товарную позицию в объект CRM (сделку, лид, предложение, счет, элемент смарт-процесса) и возвращает её в `productRow`.',
    en: 'The `crm.item.productrow.add` method adds a product row to a CRM object (a deal, lead, quote, invoice or smart process item) and answers it in `productRow`.',
  },
  access: {
    entity: 'productRow',
    permission: 'add',
    description: {
      ru: 'пользователь с правом на изменение объекта CRM, в который добавляется позиция',
      en: 'a user allowed to change the CRM object the row is added to',
    },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля позиции в camelCase: обязательны `ownerId` и `ownerType`, остальные как у элементов `productRows` метода `crm.item.productrow.set`.',
        en: 'The row fields in camelCase: `ownerId` and `ownerType` are required, the rest as the `productRows` items of `crm.item.productrow.set`.',
      },
    },
  ],
  result: createRowResult(
    'Новая позиция в `productRow` с ценами, которые портал рассчитал',
    'The new row in `productRow`, with the prices the portal worked out',
  ),
  errors: [
    createProductRowDeniedRow('У пользователя нет права на изменение объекта-владельца', 'The user may not change the owning object'),
    ownerNotFoundRow,
  ],
  errorExample: 'ownerNotFound',
  examples: [
    {
      id: 'addRowToDeal13142',
      title: { ru: 'Добавить в сделку 13142 две единицы товара со скидкой 20%', en: 'Add two units of a product to deal 13142 at 20% off' },
      params: {
        fields: {
          ownerId: 13142,
          ownerType: 'D',
          productId: 9621,
          price: 80000,
          quantity: 2,
          discountTypeId: 2,
          discountRate: 20,
          taxRate: 20,
          taxIncluded: 'Y',
          measureCode: 796,
          sort: 10,
        },
      },
      result: {
        productRow: {
          id: 17647,
          ownerId: 13142,
          ownerType: 'D',
          productId: 9621,
          price: 80000,
          quantity: 2,
          discountTypeId: 2,
          discountRate: 20,
          taxRate: 20,
          taxIncluded: 'Y',
          measureCode: 796,
          sort: 10,
          type: 4,
          productName: 'iphone 14',
          priceAccount: 80000,
          priceExclusive: 66666.67,
          priceNetto: 83333.34,
          priceBrutto: 100000.01,
          discountSum: 16666.67,
          customized: 'Y',
          measureName: 'pcs',
          xmlId: '',
        },
      },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.add'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['ENTITY_TYPE_NOT_SUPPORTED', '100', '0'])]
