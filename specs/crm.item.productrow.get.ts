/**
 * crm.item.productrow.get. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the answer
 * `{ productRow }` in camelCase, the error table and the sample `NOT_FOUND` answer. Example-backed
 * (specs/shared/product-row-method.ts says why): row 17622, which the page reads, answers; any other
 * id answers NOT_FOUND.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { row17622 } from './shared/product-row-entities.js'
import {
  createProductRowDeniedRow,
  createRowResult,
  listProductRowSiblings,
  productRowIdParam,
  productRowNotFoundRow,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.get',
  scope: 'crm',
  summary: { ru: 'Получить товарную позицию по id', en: 'Get a product row by ID' },
  description: {
    ru: 'Метод `crm.item.productrow.get` возвращает товарную позицию объекта CRM по её `id`. Поля приходят в camelCase внутри `productRow`.',
    en: 'The `crm.item.productrow.get` method returns a product row of a CRM object by its `id`. Fields come in camelCase inside `productRow`.',
  },
  access: {
    entity: 'productRow',
    permission: 'read',
    description: {
      ru: 'пользователь с правом на чтение объекта CRM, которому принадлежит позиция',
      en: 'a user allowed to read the CRM object the row belongs to',
    },
    deniedError: 'accessDenied',
  },
  params: [productRowIdParam],
  result: createRowResult(
    'Позиция в `productRow`: товар, цены, количество, скидка, налог, единица измерения, склад',
    'The row in `productRow`: product, prices, quantity, discount, tax, unit of measure, store',
  ),
  errors: [
    createProductRowDeniedRow('У пользователя нет права на чтение объекта-владельца', 'The user may not read the owning object'),
    productRowNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getRow17622',
      title: { ru: 'Получить позицию 17622', en: 'Get product row 17622' },
      params: { id: 17622 },
      result: { productRow: row17622 },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.get'),
  operation: { kind: 'example', entity: 'productRow', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['ENTITY_TYPE_NOT_SUPPORTED', '100', '0'])]
