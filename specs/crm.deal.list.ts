/**
 * crm.deal.list. Sources: the official pages api-reference/crm/deals/crm-deal-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select` with the `*` and `UF_*` masks, `filter` with prefix operators, `order`, `start` and pages
 * of 50, `total` and `next`, the error rows and the deprecation in favour of `crm.item.list`. The
 * page's example filters deals of pipeline 1 on its portal by a date from the shell; this example
 * filters the default store's deals (specs/shared/entities.ts) with the same kinds of prefixes.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, listFilterParams } from './shared/contact-method.js'
import { listDealSiblings } from './shared/deal-method.js'
import { type DocsDifference, keepUnmodelledRows } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.list',
  scope: 'crm',
  summary: { ru: 'Получить список сделок', en: 'List deals' },
  description: {
    ru: 'Метод `crm.deal.list` возвращает сделки по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.deal.list` method returns the deals matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение сделок', en: 'a user allowed to read deals' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      description: {
        ru: 'Поля в ответе; `*` означает все обычные поля, `UF_*` все пользовательские.',
        en: 'The fields to answer; `*` stands for every plain field, `UF_*` for every custom one.',
      },
    },
    ...listFilterParams,
    {
      name: 'start',
      type: 'integer',
      required: false,
      coercion: 'php-int',
      description: {
        ru: 'Смещение страницы: значение `next` предыдущего ответа, `(N-1) * 50` для страницы N.',
        en: 'The offset of the page: the `next` of the previous answer, `(N-1) * 50` for page N.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Сделки страницы (не более 50); поля как у `crm.deal.get`',
      en: 'The deals of the page (at most 50), fields as `crm.deal.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение сделок', 'The user may not read deals')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listDeals',
      title: { ru: 'Сделки воронки 0 по сумме и ответственному', en: 'Deals of pipeline 0 by amount and owner' },
      params: {
        select: ['ID', 'TITLE', 'CATEGORY_ID', 'STAGE_ID', 'OPPORTUNITY', 'ASSIGNED_BY_ID'],
        filter: { CATEGORY_ID: 0, '>OPPORTUNITY': 500, '@ASSIGNED_BY_ID': [1, 6] },
        order: { TITLE: 'ASC', OPPORTUNITY: 'ASC' },
      },
      result: [
        { ID: '12', TITLE: 'Delivery of goods', CATEGORY_ID: '0', STAGE_ID: 'NEW', OPPORTUNITY: '1000', ASSIGNED_BY_ID: '1' },
        { ID: '410', TITLE: 'New Deal #1', CATEGORY_ID: '0', STAGE_ID: 'PREPARATION', OPPORTUNITY: '1000000.00', ASSIGNED_BY_ID: '1' },
      ],
    },
  ],
  related: listDealSiblings('crm.deal.list'),
  deprecated: createDeprecation('crm.item.list'),
  operation: { kind: 'list', entity: 'deal', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepUnmodelledRows([
    ['', "Parameter 'order' must be array."],
    ['', "Parameter 'filter' must be array."],
    ['', 'Failed to get list. General error.'],
  ]),
]
