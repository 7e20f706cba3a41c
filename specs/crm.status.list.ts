/**
 * crm.status.list. Sources: the official pages api-reference/crm/status/crm-status-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `order` and `filter`, the items with `total`, the `Access denied.` and `Invalid parameters.` rows.
 * The page's example lists the general pipeline's deal stages, which the default store holds
 * (specs/shared/status-entity.ts); the answer here leaves out the derived EXTRA block.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createStatusDeniedRow, keepEmptyStatusCodes, listStatusSiblings, statusReadAccess } from './shared/status-method.js'

const stage = (id: string, statusId: string, name: string, sort: string, color: string, system: boolean, semantics: string | null) => ({
  ID: id,
  ENTITY_ID: 'DEAL_STAGE',
  STATUS_ID: statusId,
  NAME: name,
  NAME_INIT: system ? name : '',
  SORT: sort,
  SYSTEM: system ? 'Y' : 'N',
  CATEGORY_ID: null,
  COLOR: color,
  SEMANTICS: semantics,
})

export default defineMethod({
  method: 'crm.status.list',
  scope: 'crm',
  summary: { ru: 'Получить список элементов справочников', en: 'List directory items' },
  description: {
    ru: 'Метод `crm.status.list` возвращает элементы справочников CRM по фильтру и в заданном порядке.',
    en: 'The `crm.status.list` method returns CRM directory items matching a filter, in the given order.',
  },
  access: statusReadAccess,
  params: [
    {
      name: 'order',
      type: 'object',
      required: false,
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'Sort order: field -> `ASC` or `DESC`.' },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      description: {
        ru: 'Фильтр по полям элемента, например `ENTITY_ID` справочника.',
        en: "A filter on the item fields, such as the directory's `ENTITY_ID`.",
      },
    },
  ],
  result: {
    type: 'array',
    description: { ru: 'Элементы справочников (поля как у `crm.status.get`)', en: 'The directory items (fields as in `crm.status.get`)' },
  },
  errors: [
    createStatusDeniedRow('У пользователя нет права чтения ни одного объекта CRM', 'The user may read no CRM object'),
    {
      id: 'invalidParams',
      code: '',
      status: 400,
      text: 'Invalid parameters.',
      kind: 'invalidParams',
      when: { ru: '`order` или `filter` заданы неверно', en: '`order` or `filter` is malformed' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listDealStages',
      title: { ru: 'Стадии сделок общей воронки по сортировке', en: 'The general pipeline deal stages, sorted' },
      params: { order: { SORT: 'ASC' }, filter: { ENTITY_ID: 'DEAL_STAGE' } },
      result: [
        stage('101', 'NEW', 'New', '10', '#39A8EF', true, null),
        stage('103', 'PREPARATION', 'Document preparation', '20', '#2FC6F6', false, null),
        stage('105', 'PREPAYMENT_INVOICE', 'Prepayment invoice', '30', '#55D0E0', false, null),
        stage('107', 'EXECUTING', 'In progress', '40', '#47E4C2', false, null),
        stage('109', 'FINAL_INVOICE', 'Final invoice', '50', '#FFA900', false, null),
        stage('111', 'WON', 'Deal successful', '60', '#7BD500', true, 'S'),
        stage('113', 'LOSE', 'Deal failed', '70', '#FF5752', true, 'F'),
        stage('115', 'APOLOGY', 'Failure reason analysis', '80', '#FF5752', false, 'F'),
      ],
    },
  ],
  related: listStatusSiblings('crm.status.list'),
  operation: { kind: 'list', entity: 'status', filter: 'filter', order: 'order' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepEmptyStatusCodes([
    ['accessDenied', 'Access denied.'],
    ['invalidParams', 'Invalid parameters.'],
  ]),
]
