/**
 * crm.stagehistory.list. Sources: the official pages api-reference/crm/crm-stage-history-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `entityTypeId`, `order`, `filter`, `select`, `start`, the
 * records under `items`, six error rows.
 * Example-backed: the history is written by stage moves of leads, deals, invoices and smart processes,
 * which the mock does not record. The page's answer lists owner 21 for a filter on owner 1; it is kept as printed.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.stagehistory.list',
  scope: 'crm',
  summary: { ru: 'Получить историю стадий', en: 'Get the stage history' },
  description: {
    ru: 'Метод `crm.stagehistory.list` возвращает записи о переходах лидов, сделок, счетов или элементов смарт-процесса между стадиями.',
    en: 'The `crm.stagehistory.list` method returns the records of leads, deals, invoices or smart process items moving between stages.',
  },
  access: {
    description: { ru: 'любой пользователь', en: 'any user' },
    deniedError: 'intranetOnly',
  },
  params: [
    {
      name: 'entityTypeId',
      type: 'integer',
      required: false,
      description: {
        ru: 'Тип объекта: 1 — лид, 2 — сделка, 5 — старый счет, 31 — счет, или `entityTypeId` смарт-процесса.',
        en: 'The object type: 1 lead, 2 deal, 5 old invoice, 31 invoice, or a smart process `entityTypeId`.',
      },
    },
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
      description: { ru: 'Фильтр по полям записи, например `OWNER_ID`.', en: 'A filter on the record fields, such as `OWNER_ID`.' },
    },
    {
      name: 'select',
      type: 'array',
      required: false,
      description: { ru: 'Поля записи в ответе.', en: 'The record fields to answer.' },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: { ru: 'Смещение страницы (по 50 записей).', en: 'The page offset (50 records a page).' },
    },
  ],
  result: {
    type: 'object',
    description: {
      ru: 'Записи в ключе `items`: `ID`, `TYPE_ID`, `OWNER_ID`, `CREATED_TIME`, `CATEGORY_ID`, `STAGE_SEMANTIC_ID`, `STAGE_ID`',
      en: 'The records under `items`: `ID`, `TYPE_ID`, `OWNER_ID`, `CREATED_TIME`, `CATEGORY_ID`, `STAGE_SEMANTIC_ID`, `STAGE_ID`',
    },
  },
  errors: [
    {
      id: 'intranetOnly',
      code: 'allowed_only_intranet_user',
      status: 403,
      text: { ru: 'Действие разрешено только интранет-пользователям', en: 'Action is allowed only for intranet users' },
      kind: 'accessDenied',
      when: { ru: 'Пользователь не является интранет-пользователем', en: 'The user is not an intranet user' },
    },
    {
      id: 'entityTypeNotSupported',
      code: 'ENTITY_TYPE_NOT_SUPPORTED',
      status: 400,
      text: 'Entity type TYPE is not supported',
      kind: 'invalidParams',
      when: { ru: 'Тип объекта не ведет историю стадий', en: 'The object type keeps no stage history' },
    },
    {
      id: 'filterFieldNotAllowed',
      code: 'INVALID_ARG_VALUE',
      status: 400,
      text: "Invalid filter: field 'field' is not allowed in filter",
      kind: 'invalidParams',
      when: { ru: 'Фильтр по полю, по которому фильтровать нельзя', en: 'The filter names a field that cannot be filtered on' },
    },
    {
      id: 'filterValueInvalid',
      code: 'INVALID_ARG_VALUE',
      status: 400,
      text: "Invalid filter: field 'field' has invalid value",
      kind: 'invalidParams',
      when: { ru: 'Значение фильтра неверно', en: 'A filter value is invalid' },
    },
    {
      id: 'orderFieldNotAllowed',
      code: 'INVALID_ARG_VALUE',
      status: 400,
      text: "Invalid order: field 'field' is not allowed in order",
      kind: 'invalidParams',
      when: { ru: 'Сортировка по полю, по которому сортировать нельзя', en: 'The order names a field that cannot be sorted on' },
    },
    {
      id: 'orderDirectionInvalid',
      code: 'INVALID_ARG_VALUE',
      status: 400,
      text: "Invalid order: allowed sort directions are ASC, DESC. But got 'orderValue' for field 'field'",
      kind: 'invalidParams',
      when: { ru: 'Направление сортировки не `ASC` и не `DESC`', en: 'A sort direction is neither `ASC` nor `DESC`' },
    },
  ],
  errorExample: 'filterFieldNotAllowed',
  examples: [
    {
      id: 'listDealStageHistory',
      title: { ru: 'История стадий сделки', en: 'The stage history of a deal' },
      params: {
        entityTypeId: 2,
        order: { ID: 'ASC' },
        filter: { OWNER_ID: 1 },
        select: ['ID', 'STAGE_ID', 'CREATED_TIME'],
      },
      result: {
        items: [
          {
            ID: 35,
            TYPE_ID: 1,
            OWNER_ID: 21,
            CREATED_TIME: '2024-04-25T14:59:11+00:00',
            CATEGORY_ID: 0,
            STAGE_SEMANTIC_ID: 'P',
            STAGE_ID: 'NEW',
          },
        ],
      },
      time: {
        start: 1724106224.858572,
        finish: 1724106225.344968,
        duration: 0.48639607429504395,
        processing: 0.11864185333251953,
        date_start: '2024-08-15T22:15:44+00:00',
        date_finish: '2024-08-15T22:15:45+00:00',
        operating: 0.11855506896972656,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'params.select.type',
    docs: 'object',
    reason: "the page's own example sends `select` as a list of field names",
  },
  {
    path: 'result.type',
    docs: 'array',
    reason: "the page's own sample answer is an object holding the records under `items`; the table's type is loose",
  },
]
