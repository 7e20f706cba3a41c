/**
 * crm.item.productrow.delete. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `null` as the
 * answer, the error table and the sample `NOT_FOUND` answer. Example-backed
 * (specs/shared/product-row-method.ts says why): row 17655, which crm.item.productrow.set's page
 * gave deal 13143, answers `null` (each time: nothing is stored); any other id answers NOT_FOUND.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createProductRowDeniedRow,
  listProductRowSiblings,
  productRowIdParam,
  productRowNotFoundRow,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.delete',
  scope: 'crm',
  summary: { ru: 'Удалить товарную позицию', en: 'Delete a product row' },
  description: {
    ru: 'Метод `crm.item.productrow.delete` удаляет товарную позицию объекта CRM по её `id`.',
    en: 'The `crm.item.productrow.delete` method deletes a product row of a CRM object by its `id`.',
  },
  access: {
    entity: 'productRow',
    permission: 'delete',
    description: {
      ru: 'пользователь с правом на изменение объекта CRM, которому принадлежит позиция',
      en: 'a user allowed to change the CRM object the row belongs to',
    },
    deniedError: 'accessDenied',
  },
  params: [productRowIdParam],
  result: { type: 'null', const: null, description: { ru: '`null` при успехе', en: '`null` on success' } },
  errors: [
    createProductRowDeniedRow('У пользователя нет права на изменение объекта-владельца', 'The user may not change the owning object'),
    productRowNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteRow17655',
      title: { ru: 'Удалить позицию 17655', en: 'Delete product row 17655' },
      params: { id: 17655 },
      result: null,
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.delete'),
  operation: { kind: 'example', entity: 'productRow', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['ENTITY_TYPE_NOT_SUPPORTED', '100', '0'])]
