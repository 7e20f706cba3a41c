/**
 * crm.company.list. Sources: the official pages api-reference/crm/companies/crm-company-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select` with the `*` and `UF_*` masks (multi-fields only when named), `filter` with prefix
 * operators, `order`, `start` and pages of 50, `total` and `next`, the `Access denied` row and the
 * deprecation in favour of `crm.item.list`. The page's example asks for the customers created since
 * 2025 with their phones; in the default store that is company 12 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation, listFilterParams } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods, keepUnmodelledRows } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.company.list',
  scope: 'crm',
  summary: { ru: 'Получить список компаний', en: 'List companies' },
  description: {
    ru: 'Метод `crm.company.list` возвращает компании по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.company.list` method returns the companies matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    entity: 'company',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение компаний', en: 'a user allowed to read companies' },
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
      ru: 'Компании страницы (не более 50); поля как у `crm.company.get`',
      en: 'The companies of the page (at most 50), fields as `crm.company.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение компаний', 'The user may not read companies')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listCustomersSince2025',
      title: { ru: 'Клиенты, созданные с 2025 года, с телефонами', en: 'Customers created since 2025, with phones' },
      params: {
        order: { DATE_CREATE: 'ASC' },
        filter: { COMPANY_TYPE: 'CUSTOMER', '>=DATE_CREATE': '2025-01-01' },
        select: ['TITLE', 'ASSIGNED_BY_ID', 'PHONE'],
      },
      result: [
        {
          TITLE: 'Crossroads',
          ASSIGNED_BY_ID: '1',
          PHONE: [{ ID: '8303', VALUE_TYPE: 'WORK', VALUE: '+19998887766', TYPE_ID: 'PHONE' }],
        },
      ],
    },
  ],
  related: listCompanySiblings('crm.company.list'),
  deprecated: createDeprecation('crm.item.list'),
  operation: { kind: 'list', entity: 'company', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepUnmodelledRows([
    ['', "Parameter 'order' must be array"],
    ['', "Parameter 'filter' must be array"],
    ['', 'Failed to get list. General error'],
  ]),
]
