/**
 * crm.item.productrow.list. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `filter` (which must
 * name `=ownerType` and `=ownerId`) with the prefix operators, `order`, `start`, the answer
 * `{ productRows }`, the error table and the sample `ACCESS_DENIED` answer. Example-backed
 * (specs/shared/product-row-method.ts says why): the mock answers the page's deal 13142 rows
 * dearer than 5000, 17649 and 17650, whatever the filter.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { row17649, row17650 } from './shared/product-row-entities.js'
import {
  createProductRowDeniedRow,
  createRowsResult,
  listProductRowSiblings,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.list',
  scope: 'crm',
  summary: { ru: 'Получить список товарных позиций', en: 'List product rows' },
  description: {
    ru: 'Метод `crm.item.productrow.list` возвращает товарные позиции одного объекта CRM по фильтру, по 50 на страницу. Фильтр обязательно содержит `=ownerType` и `=ownerId`.',
    en: 'The `crm.item.productrow.list` method returns the product rows of one CRM object matching a filter, 50 per page. The filter must hold `=ownerType` and `=ownerId`.',
  },
  access: {
    entity: 'productRow',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение объекта CRM', en: 'a user allowed to read the CRM object' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'filter',
      type: 'object',
      required: true,
      description: {
        ru: 'Условия отбора по полям позиции с префиксами операторов (`=`, `!=`, `>`, `<`, `>=`, `<=`, `%`, `!%`, `=%`, `!=%`); ключи `=ownerType` и `=ownerId` обязательны.',
        en: 'Conditions on the row fields with operator prefixes (`=`, `!=`, `>`, `<`, `>=`, `<=`, `%`, `!%`, `=%`, `!=%`); the keys `=ownerType` and `=ownerId` are required.',
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      description: { ru: 'Сортировка: поле — `asc` или `desc`.', en: 'Sort order: a field to `asc` or `desc`.' },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы: `(N-1) * 50` для страницы N.',
        en: 'The offset of the page: `(N-1) * 50` for page N.',
      },
    },
  ],
  result: createRowsResult(
    'Позиции страницы в `productRows` (не более 50), поля как у `crm.item.productrow.get`',
    'The rows of the page in `productRows` (at most 50), fields as `crm.item.productrow.get` prints them',
  ),
  errors: [createProductRowDeniedRow('У пользователя нет права на чтение объекта-владельца', 'The user may not read the owning object')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listDearRowsOfDeal13142',
      title: { ru: 'Позиции сделки 13142 дороже 5000, по убыванию цены', en: "Deal 13142's rows dearer than 5000, priciest first" },
      params: { filter: { '=ownerType': 'D', '=ownerId': 13142, '>price': 5000 }, order: { price: 'desc' } },
      result: { productRows: [row17649, row17650] },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.list'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['INVALID_ARG_VALUE', '100', '0'])]
