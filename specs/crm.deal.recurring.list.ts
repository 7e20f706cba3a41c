/**
 * crm.deal.recurring.list. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { keepTextsInCodeColumn, listRecurringSiblings, recurringRows } from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.list',
  scope: 'crm',
  summary: { ru: 'Получить список настроек регулярных сделок', en: 'List recurring deal settings' },
  description: {
    ru: 'Метод `crm.deal.recurring.list` возвращает настройки регулярных сделок по фильтру, по 50 на страницу.',
    en: 'The `crm.deal.recurring.list` method returns the recurring deal settings matching a filter, 50 per page.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение сделок', en: 'a user allowed to read deals' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'order',
      type: 'object',
      required: false,
      invalidError: 'orderNotArray',
      description: { ru: 'Сортировка: поле — `ASC` или `DESC`.', en: 'Sort order: a field to `ASC` or `DESC`.' },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      invalidError: 'filterNotArray',
      description: {
        ru: 'Условия отбора по полям настройки, с префиксами операторов (`>`, `<`, `!` и другие).',
        en: 'Conditions on the setting fields, with operator prefixes (`>`, `<`, `!` and others).',
      },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: { ru: 'Смещение страницы: `(N-1) * 50` для страницы N.', en: 'The offset of the page: `(N-1) * 50` for page N.' },
    },
  ],
  result: {
    type: 'array',
    description: { ru: 'Настройки страницы (не более 50)', en: 'The settings of the page (at most 50)' },
  },
  errors: [recurringRows.accessDenied, recurringRows.orderNotArray, recurringRows.filterNotArray, recurringRows.listFailed],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listRepeatedTemplates',
      title: { ru: 'Настройки с уже выполненными повторами', en: 'Settings that have run at least once' },
      params: {
        order: { deal_id: 'ASC' },
        filter: { '>COUNTER_REPEAT': 0 },
      },
      result: [
        {
          id: '1',
          deal_id: '575',
          based_id: '573',
          ACTIVE: 'N',
          category_id: '1',
          IS_LIMIT: 'T',
          COUNTER_REPEAT: '2',
          LIMIT_REPEAT: '2',
          LIMIT_DATE: '',
          START_DATE: '2020-06-15T03:00:00+02:00',
          NEXT_EXECUTION: '',
          LAST_EXECUTION: '2020-06-17T01:00:00+02:00',
          PARAMS: {
            MODE: 'multiple',
            SINGLE_BEFORE_START_DATE_TYPE: 'day',
            SINGLE_BEFORE_START_DATE_VALUE: 0,
            MULTIPLE_TYPE: 'day',
            MULTIPLE_INTERVAL: 1,
            OFFSET_BEGINDATE_TYPE: 'day',
            OFFSET_BEGINDATE_VALUE: 1,
            OFFSET_CLOSEDATE_TYPE: 'day',
            OFFSET_CLOSEDATE_VALUE: 1,
          },
        },
        {
          id: '5',
          deal_id: '6555',
          based_id: '6531',
          ACTIVE: 'Y',
          category_id: '9',
          IS_LIMIT: 'N',
          COUNTER_REPEAT: '471',
          LIMIT_REPEAT: null,
          LIMIT_DATE: '',
          START_DATE: '2024-11-21T03:00:00+02:00',
          NEXT_EXECUTION: '2026-03-07T01:00:00+02:00',
          LAST_EXECUTION: '2026-03-06T01:00:00+02:00',
          PARAMS: {
            MODE: 'multiple',
            SINGLE_BEFORE_START_DATE_TYPE: 'day',
            SINGLE_BEFORE_START_DATE_VALUE: 0,
            MULTIPLE_TYPE: 'day',
            MULTIPLE_INTERVAL: 1,
            OFFSET_BEGINDATE_TYPE: 'day',
            OFFSET_BEGINDATE_VALUE: 0,
            OFFSET_CLOSEDATE_TYPE: 'day',
            OFFSET_CLOSEDATE_VALUE: 0,
          },
        },
      ],
      time: {
        start: 1772757008,
        finish: 1772757008.649235,
        duration: 0.6492350101470947,
        processing: 0,
        date_start: '2026-03-06T03:30:08+02:00',
        date_finish: '2026-03-06T03:30:08+02:00',
        operating_reset_at: 1772757608,
        operating: 0,
      },
    },
  ],
  related: listRecurringSiblings('crm.deal.recurring.list'),
  operation: { kind: 'example', entity: 'deal' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTextsInCodeColumn(['accessDenied', 'orderNotArray', 'filterNotArray', 'listFailed']),
]
