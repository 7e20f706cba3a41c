/**
 * crm.quote.list. Sources: the official pages api-reference/crm/quote/crm-quote-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select`, `filter` with prefix operators, `order`, `start` and pages of 50, the `Access denied.`
 * row and the deprecation in favour of `crm.item.list`. The page's example asks for company 1's sent
 * quotes; in the default store those are quotes 9 and 43 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, listFilterParams } from './shared/contact-method.js'
import { type DocsDifference, keepUnmodelledRows } from './shared/docs-differences.js'
import { listQuoteSiblings } from './shared/quote-method.js'

export default defineMethod({
  method: 'crm.quote.list',
  scope: 'crm',
  summary: { ru: 'Получить список предложений', en: 'List quotes' },
  description: {
    ru: 'Метод `crm.quote.list` возвращает предложения по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.quote.list` method returns the quotes matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    entity: 'quote',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение предложений', en: 'a user allowed to read quotes' },
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
      ru: 'Предложения страницы (не более 50); поля как у `crm.quote.get`',
      en: 'The quotes of the page (at most 50), fields as `crm.quote.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение предложений', 'The user may not read quotes')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listSentQuotesOfCompany1',
      title: { ru: 'Отправленные предложения компании 1', en: "Company 1's sent quotes" },
      params: {
        order: { STATUS_ID: 'ASC', ID: 'ASC' },
        filter: { '=COMPANY_ID': 1, '=STATUS_ID': 'SENT' },
        select: ['ID', 'TITLE', 'STATUS_ID', 'OPPORTUNITY', 'CURRENCY_ID', 'ASSIGNED_BY_ID'],
      },
      result: [
        {
          ID: '9',
          TITLE: 'Latest version of our product',
          STATUS_ID: 'SENT',
          OPPORTUNITY: '45000.00',
          CURRENCY_ID: 'USD',
          ASSIGNED_BY_ID: '7',
        },
        {
          ID: '43',
          TITLE: 'Estimate for Furniture Supply',
          STATUS_ID: 'SENT',
          OPPORTUNITY: '150000.00',
          CURRENCY_ID: 'EUR',
          ASSIGNED_BY_ID: '1',
        },
      ],
    },
  ],
  related: listQuoteSiblings('crm.quote.list'),
  deprecated: createDeprecation('crm.item.list'),
  operation: { kind: 'list', entity: 'quote', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepUnmodelledRows([
    ['', "Parameter 'order' must be array."],
    ['', "Parameter 'filter' must be array."],
    ['', 'Failed to get list. General error.'],
  ]),
]
