/**
 * crm.lead.list. Sources: the official pages api-reference/crm/leads/crm-lead-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select` with the `*` and `UF_*` masks (multi-fields only when named), `filter` with prefix
 * operators, `order`, `start` and pages of 50, `total` and `next`, the `Access denied` row and the
 * deprecation in favour of `crm.item.list`. The page's example asks for the second page of 654 leads
 * on its portal; this example filters the default store's leads (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, listFilterParams } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { keepSiblingLinks, listLeadSiblings } from './shared/lead-method.js'

export default defineMethod({
  method: 'crm.lead.list',
  scope: 'crm',
  summary: { ru: 'Получить список лидов', en: 'List leads' },
  description: {
    ru: 'Метод `crm.lead.list` возвращает лиды по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.lead.list` method returns the leads matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    entity: 'lead',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение лидов', en: 'a user allowed to read leads' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      description: {
        ru: 'Поля в ответе; `*` означает все обычные поля, `UF_*` все пользовательские. Множественные поля (`PHONE`, `EMAIL`) приходят, только если названы.',
        en: 'The fields to answer; `*` stands for every plain field, `UF_*` for every custom one. Multi-fields (`PHONE`, `EMAIL`) come only when named.',
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
      ru: 'Лиды страницы (не более 50); поля как у `crm.lead.get`',
      en: 'The leads of the page (at most 50), fields as `crm.lead.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение лидов', 'The user may not read leads')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listNewLeads',
      title: { ru: 'Новые лиды по названию, с телефонами', en: 'New leads by title, with phones' },
      params: { select: ['ID', 'TITLE', 'STATUS_ID', 'PHONE'], filter: { STATUS_ID: 'NEW', '>=ID': 1 }, order: { TITLE: 'ASC' } },
      result: [
        { ID: '1608', TITLE: 'Call back request', STATUS_ID: 'NEW', PHONE: [] },
        {
          ID: '123',
          TITLE: 'Website request',
          STATUS_ID: 'NEW',
          PHONE: [{ ID: '11658', VALUE_TYPE: 'OTHER', VALUE: '+15454777777', TYPE_ID: 'PHONE' }],
        },
      ],
    },
  ],
  related: listLeadSiblings('crm.lead.list'),
  deprecated: createDeprecation('crm.item.list'),
  operation: { kind: 'list', entity: 'lead', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepSiblingLinks(listLeadSiblings('crm.lead.list')),
  {
    path: 'params.order.type',
    docs: 'order',
    reason:
      "the page's `order` row lost its type cell (the name line holds the value list); the sample request sends an object, field -> ASC/DESC",
  },
]
