/**
 * crm.deal.recurring.get. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { keepTextsInCodeColumn, listRecurringSiblings, recurringIdParam, recurringRows } from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.get',
  scope: 'crm',
  summary: { ru: 'Получить настройки регулярной сделки', en: 'Get recurring deal settings' },
  description: {
    ru: 'Метод `crm.deal.recurring.get` возвращает настройки шаблона регулярной сделки по `id`.',
    en: 'The `crm.deal.recurring.get` method returns the settings of a recurring deal template by `id`.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение сделок', en: 'a user allowed to read deals' },
    deniedError: 'accessDenied',
  },
  params: [recurringIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Настройки: исходная и созданная сделки, активность, ограничение, даты запусков, расписание `PARAMS`',
      en: 'The settings: source and template deals, activity, limit, run dates, the `PARAMS` schedule',
    },
  },
  errors: [recurringRows.invalidId, recurringRows.notAllowed, recurringRows.notFound, recurringRows.accessDenied],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getTemplate15',
      title: { ru: 'Получить настройки 15', en: 'Get setting 15' },
      params: { id: 15 },
      result: {
        ID: '25',
        DEAL_ID: '7591',
        BASED_ID: '7577',
        ACTIVE: 'Y',
        CATEGORY_ID: '2',
        IS_LIMIT: 'D',
        COUNTER_REPEAT: null,
        LIMIT_REPEAT: null,
        LIMIT_DATE: '2027-03-05T03:00:00+01:00',
        START_DATE: '2026-04-05T03:00:00+01:00',
        NEXT_EXECUTION: '2026-04-05T01:00:00+01:00',
        LAST_EXECUTION: '',
        PARAMS: {
          MODE: 'multiple',
          SINGLE_BEFORE_START_DATE_TYPE: null,
          SINGLE_BEFORE_START_DATE_VALUE: 0,
          MULTIPLE_TYPE: 'month',
          MULTIPLE_INTERVAL: 1,
          OFFSET_BEGINDATE_TYPE: 'day',
          OFFSET_BEGINDATE_VALUE: 1,
          OFFSET_CLOSEDATE_TYPE: 'month',
          OFFSET_CLOSEDATE_VALUE: 2,
        },
      },
      time: {
        start: 1772753726,
        finish: 1772753726.940512,
        duration: 0.94051194190979,
        processing: 0,
        date_start: '2026-03-06T02:35:26+01:00',
        date_finish: '2026-03-06T02:35:26+01:00',
        operating_reset_at: 1772754326,
        operating: 0,
      },
    },
  ],
  related: listRecurringSiblings('crm.deal.recurring.get'),
  operation: { kind: 'example', entity: 'deal', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepTextsInCodeColumn(['invalidId', 'notAllowed', 'notFound', 'accessDenied'])]
