/**
 * crm.automatedsolution.list. Sources: the official pages api-reference/crm/automated-solution/
 * crm-automated-solution-list.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, `order` and `filter` (by `id` and `title`, with prefixes and
 * `logic`), `start` with pages of 50, the answer `{ automatedSolutions }` with `total`, the error table
 * and the sample `ACCESS_DENIED` answer. The page's first answer lists workplaces 238, 240 and 267 for
 * a descending order by id; here the answers are what the default store holds for each request.
 * The `INVALID_ARG_VALUE` row is the family of texts the crm ORM lists send (crm.type.list's).
 */
import { defineMethod } from '@b24kit/spec'
import {
  automatedSolutionDeniedRow,
  automatedSolutionRecord,
  createAutomatedSolutionAccess,
  listAutomatedSolutionSiblings,
} from './shared/automated-solution-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createQueryRows, itemFilterOperators } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.automatedsolution.list',
  scope: 'crm',
  summary: { ru: 'Получить список цифровых рабочих мест', en: 'List digital workplaces' },
  description: {
    ru: 'Метод `crm.automatedsolution.list` возвращает цифровые рабочие места по фильтру, по 50 на страницу, в `automatedSolutions`, с `total`.',
    en: 'The `crm.automatedsolution.list` method returns the digital workplaces matching a filter, 50 per page, in `automatedSolutions`, with `total`.',
  },
  access: createAutomatedSolutionAccess('read'),
  params: [
    {
      name: 'order',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка по `id` или `title`: `ASC` или `DESC`.', en: 'The sort order by `id` or `title`: `ASC` or `DESC`.' },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      filter: { fields: 'record', operators: [...itemFilterOperators], logic: true },
      description: {
        ru: 'Фильтр по `id` и `title`, с префиксами сравнения и группами `logic: "OR"`.',
        en: 'The filter by `id` and `title`, with comparison prefixes and `logic: "OR"` groups.',
      },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы: `(N-1) * 50` для страницы `N`.',
        en: 'The offset of the page: `(N-1) * 50` for page `N`.',
      },
    },
  ],
  result: {
    type: 'object',
    wrap: { key: 'automatedSolutions', paged: true },
    record: automatedSolutionRecord,
    description: { ru: 'Рабочие места страницы в `automatedSolutions`', en: 'The workplaces of the page in `automatedSolutions`' },
  },
  errors: [
    automatedSolutionDeniedRow,
    ...createQueryRows({ ru: 'рабочих мест', en: 'workplaces' }, { field: 'field_n', value: 'invalid_value' }),
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listByIdDesc',
      title: { ru: 'Все рабочие места по убыванию `id`', en: 'Every workplace by descending `id`' },
      params: { order: { id: 'DESC' } },
      result: {
        automatedSolutions: [
          { id: 393, title: 'HR', typeIds: [4, 9, 77, 157, 225] },
          { id: 267, title: 'R&D', typeIds: [14, 158] },
          { id: 240, title: 'Customer Success', typeIds: [] },
          { id: 238, title: 'HR', typeIds: [129] },
          { id: 5, title: 'Sales support', typeIds: [] },
        ],
      },
    },
    {
      id: 'listTitledHr',
      title: { ru: 'Рабочие места, чье название начинается с «HR»', en: 'Workplaces whose title starts with "HR"' },
      params: { filter: { '%=title': 'HR%' } },
      result: {
        automatedSolutions: [
          { id: 238, title: 'HR', typeIds: [129] },
          { id: 393, title: 'HR', typeIds: [4, 9, 77, 157, 225] },
        ],
      },
    },
    {
      id: 'listOrGroup',
      title: {
        ru: 'Названия на «HR» или «Customer» при `id` больше 100, по названию',
        en: 'Titles starting with "HR" or "Customer" and `id` above 100, by title',
      },
      params: {
        order: { title: 'ASC' },
        filter: { '>id': 100, '0': { logic: 'OR', '0': { '%=title': 'HR%' }, '1': { '%=title': 'Customer%' } } },
      },
      result: {
        automatedSolutions: [
          { id: 240, title: 'Customer Success', typeIds: [] },
          { id: 238, title: 'HR', typeIds: [129] },
          { id: 393, title: 'HR', typeIds: [4, 9, 77, 157, 225] },
        ],
      },
    },
  ],
  related: listAutomatedSolutionSiblings('crm.automatedsolution.list'),
  operation: {
    kind: 'list',
    entity: 'automatedSolution',
    filter: 'filter',
    order: 'order',
    start: 'start',
    pageSize: 50,
    naming: 'camel',
    wrap: 'automatedSolutions',
  },
})

const queryRowsReason =
  "the page's one `INVALID_ARG_VALUE` row says the details are in the text; the spec gives the four texts the crm ORM lists send (as crm.type.list's page lists them)"

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  { path: 'errors[code INVALID_ARG_VALUE, text (absent)]', docs: 'present', reason: queryRowsReason },
  ...['filterFieldNotAllowed', 'filterValueInvalid', 'orderFieldNotAllowed', 'orderDirectionInvalid'].map((id) => ({
    path: `errors[${id}]`,
    docs: '(absent)',
    reason: queryRowsReason,
  })),
]
