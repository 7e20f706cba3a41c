/**
 * crm.item.productrow.update. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-update.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `fields`, the
 * answer `{ productRow }`, the error table and the sample `NOT_FOUND` answer. The page sends id
 * 17648 and answers row 17649; the example here sends 17649, the row the answer and
 * crm.item.productrow.list's page print. Example-backed (specs/shared/product-row-method.ts says
 * why): every call answers row 17649 as the page prints it. No NOT_FOUND for an unmatched call:
 * an update of the documented row with other fields would answer it wrongly.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { row17649 } from './shared/product-row-entities.js'
import {
  createProductRowDeniedRow,
  createRowResult,
  listProductRowSiblings,
  productRowIdParam,
  productRowNotFoundRow,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.update',
  scope: 'crm',
  summary: { ru: 'Изменить товарную позицию', en: 'Update a product row' },
  description: {
    ru: 'Метод `crm.item.productrow.update` меняет поля товарной позиции по её `id` и возвращает позицию в `productRow`. Владельца позиции сменить нельзя.',
    en: 'The `crm.item.productrow.update` method changes the fields of a product row by its `id` and answers the row in `productRow`. The owner cannot be changed.',
  },
  access: {
    entity: 'productRow',
    permission: 'update',
    description: {
      ru: 'пользователь с правом на изменение объекта CRM, которому принадлежит позиция',
      en: 'a user allowed to change the CRM object the row belongs to',
    },
    deniedError: 'accessDenied',
  },
  params: [
    productRowIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля для изменения в camelCase, как у элементов `productRows` метода `crm.item.productrow.set`.',
        en: 'The fields to change in camelCase, as the `productRows` items of `crm.item.productrow.set`.',
      },
    },
  ],
  result: createRowResult('Измененная позиция в `productRow`', 'The changed row in `productRow`'),
  errors: [
    createProductRowDeniedRow('У пользователя нет права на изменение объекта-владельца', 'The user may not change the owning object'),
    productRowNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateRow17649',
      title: { ru: 'Изменить цену, количество и скидку позиции 17649', en: 'Change the price, quantity and discount of row 17649' },
      params: {
        id: 17649,
        fields: {
          productId: 9621,
          price: 90000,
          quantity: 3,
          discountTypeId: 2,
          discountRate: 10,
          taxRate: 10,
          taxIncluded: 'Y',
          measureCode: 796,
          sort: 20,
        },
      },
      result: { productRow: row17649 },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.update'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...productRowRowsNotModelled(['ENTITY_TYPE_NOT_SUPPORTED', 'INVALID_ARG_VALUE', '100', '0']),
]
