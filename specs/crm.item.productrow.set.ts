/**
 * crm.item.productrow.set. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-set.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `ownerId`,
 * `ownerType`, `productRows` and its items, the answer `{ productRows }`, the error table and the
 * sample `OWNER_NOT_FOUND` answer. Example-backed: the call replaces every row of the owner and the
 * answer carries the prices and names the portal derives, which the mock's record operations cannot
 * do; the mock answers the page's rows 17654 and 17655 of deal 13143.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { setRows } from './shared/product-row-entities.js'
import {
  createProductRowDeniedRow,
  createRowsResult,
  listProductRowSiblings,
  ownerIdParam,
  ownerNotFoundRow,
  ownerTypeParam,
  productRowInputProperties,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.set',
  scope: 'crm',
  summary: { ru: 'Заменить товарные позиции объекта', en: "Replace an object's product rows" },
  description: {
    ru: 'Метод `crm.item.productrow.set` заменяет все товарные позиции объекта CRM переданными: прежние удаляются. Пустой `productRows` удаляет все позиции.',
    en: 'The `crm.item.productrow.set` method replaces all product rows of a CRM object with the ones sent: the old rows go. An empty `productRows` removes every row.',
  },
  access: {
    entity: 'productRow',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение объекта CRM', en: 'a user allowed to change the CRM object' },
    deniedError: 'accessDenied',
  },
  params: [
    ownerIdParam,
    ownerTypeParam,
    {
      name: 'productRows',
      type: 'array',
      required: true,
      description: { ru: 'Новые позиции объекта, в camelCase.', en: 'The new rows of the object, in camelCase.' },
      items: { type: 'object', properties: productRowInputProperties },
    },
  ],
  result: createRowsResult('Сохраненные позиции в `productRows`', 'The saved rows in `productRows`'),
  errors: [
    createProductRowDeniedRow('У пользователя нет права на изменение объекта-владельца', 'The user may not change the owning object'),
    ownerNotFoundRow,
  ],
  errorExample: 'ownerNotFound',
  examples: [
    {
      id: 'setRowsOfDeal13143',
      title: { ru: 'Задать сделке 13143 две позиции', en: 'Give deal 13143 two product rows' },
      params: {
        ownerType: 'D',
        ownerId: 13143,
        productRows: [
          { productId: 9621, price: 99999.99, quantity: 1, sort: 10 },
          { productId: 9623, price: 15900, quantity: 2, sort: 10 },
        ],
      },
      result: { productRows: setRows },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.set'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['ENTITY_TYPE_NOT_SUPPORTED', '100', '0'])]
