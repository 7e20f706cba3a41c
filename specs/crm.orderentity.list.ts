/**
 * crm.orderentity.list. Sources: the official pages
 * api-reference/crm/universal/order-entity/crm-order-entity-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, select, filter, order
 * and start, the `{ orderEntity }` answer and the error rows. Example-backed
 * (specs/shared/order-entity-method.ts): the mock answers the page's three bindings of deals 6933,
 * 6937 and 6938.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'
import {
  bindingShape,
  deleteByFilterLink,
  listOrderEntitySiblings,
  orderEntityAccess,
  readDeniedRow,
} from './shared/order-entity-method.js'

export default defineMethod({
  method: 'crm.orderentity.list',
  scope: 'crm',
  summary: { ru: 'Список привязок заказов к объектам CRM', en: 'List the bindings of orders to CRM objects' },
  description: {
    ru: 'Метод `crm.orderentity.list` возвращает привязки заказов к сделкам и счетам, с отбором, сортировкой и выбором полей.',
    en: 'The `crm.orderentity.list` method returns the bindings of orders to deals and invoices, filtered, sorted and with the chosen fields.',
  },
  access: { ...orderEntityAccess, deniedError: 'accessDenied' },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      items: { type: 'string' },
      description: {
        ru: 'Какие поля вернуть: `orderId`, `ownerId`, `ownerTypeId`.',
        en: 'The fields to return: `orderId`, `ownerId`, `ownerTypeId`.',
      },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      description: {
        ru: 'Отбор по полям привязки; к имени поля можно добавить префикс сравнения (`=`, `@`, `>` и другие).',
        en: 'Filter by binding fields; a field name may take a comparison prefix (`=`, `@`, `>` and others).',
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      description: { ru: 'Сортировка: поле — `asc` или `desc`.', en: 'Sort order: field to `asc` or `desc`.' },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы по 50 записей; `-1` — без подсчета общего числа.',
        en: 'The offset of a page of 50 records; `-1` skips counting the total.',
      },
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Привязки в `orderEntity`', en: 'The bindings, in `orderEntity`' },
    properties: [{ name: 'orderEntity', type: 'array', required: true, items: bindingShape }],
  },
  errors: [
    readDeniedRow,
    createErrorRow(
      'saleMissing',
      '200540400002',
      'module sale does not exist',
      'invalidRequest',
      'На портале нет модуля интернет-магазина (sale)',
      'The portal has no online store module (sale)',
    ),
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listDealBindings',
      title: { ru: 'Заказы, привязанные к трем сделкам', en: 'The orders bound to three deals' },
      params: {
        select: ['orderId', 'ownerId'],
        filter: { '=ownerTypeId': 2, '@ownerId': [6938, 6937, 6933] },
        order: { orderId: 'asc' },
      },
      result: {
        orderEntity: [
          { orderId: 5125, ownerId: 6933 },
          { orderId: 5127, ownerId: 6937 },
          { orderId: 5128, ownerId: 6938 },
        ],
      },
      time: {
        start: 1719315806.858516,
        finish: 1719315807.569731,
        duration: 0.7112150192260742,
        processing: 0.039324045181274414,
        date_start: '2024-06-25T13:43:26+02:00',
        date_finish: '2024-06-25T13:43:27+02:00',
        operating: 0,
      },
    },
  ],
  related: listOrderEntitySiblings('crm.orderentity.list'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = deleteByFilterLink
