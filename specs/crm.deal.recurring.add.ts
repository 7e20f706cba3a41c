/**
 * crm.deal.recurring.add. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { createRecurringFieldsParam, keepTextsInCodeColumn, listRecurringSiblings, recurringRows } from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.add',
  scope: 'crm',
  summary: { ru: 'Добавить настройки регулярной сделки', en: 'Add recurring deal settings' },
  description: {
    ru: 'Метод `crm.deal.recurring.add` создает из сделки шаблон регулярной сделки с расписанием в `PARAMS` и возвращает идентификатор новой настройки.',
    en: 'The `crm.deal.recurring.add` method makes a recurring deal template from a deal, with the schedule in `PARAMS`, and answers the ID of the new setting.',
  },
  access: {
    entity: 'deal',
    permission: 'add',
    description: { ru: 'пользователь с правом на добавление и изменение сделок', en: 'a user allowed to add and change deals' },
    deniedError: 'accessDenied',
  },
  params: [
    createRecurringFieldsParam(
      'Настройки: `DEAL_ID` исходной сделки, `ACTIVE`, `CATEGORY_ID`, `IS_LIMIT` (`N` без ограничения, `D` до даты, `T` число повторов), `LIMIT_DATE`, `LIMIT_REPEAT`, `START_DATE`, `PARAMS` (расписание).',
      'The settings: `DEAL_ID` of the source deal, `ACTIVE`, `CATEGORY_ID`, `IS_LIMIT` (`N` no limit, `D` until a date, `T` a number of runs), `LIMIT_DATE`, `LIMIT_REPEAT`, `START_DATE`, `PARAMS` (the schedule).',
    ),
  ],
  result: { type: 'integer', description: { ru: 'Идентификатор новой настройки', en: 'The ID of the new setting' } },
  errors: [
    recurringRows.fieldsNotArray,
    recurringRows.paramsNotArray,
    recurringRows.dealIdEmpty,
    recurringRows.accessDenied,
    recurringRows.alreadyRecurring,
  ],
  errorExample: 'alreadyRecurring',
  examples: [
    {
      id: 'addMonthlyTemplate',
      title: { ru: 'Повторять сделку 45 ежемесячно', en: 'Repeat deal 45 monthly' },
      params: {
        fields: {
          DEAL_ID: 45,
          CATEGORY_ID: '1',
          IS_LIMIT: 'D',
          LIMIT_DATE: '2027-03-04',
          START_DATE: '2026-04-04',
          PARAMS: {
            MODE: 'multiple',
            MULTIPLE_TYPE: 'month',
            MULTIPLE_INTERVAL: 1,
            OFFSET_BEGINDATE_TYPE: 'day',
            OFFSET_BEGINDATE_VALUE: 1,
            OFFSET_CLOSEDATE_TYPE: 'month',
            OFFSET_CLOSEDATE_VALUE: 2,
          },
        },
      },
      result: 15,
      time: {
        start: 1772664456,
        finish: 1772664457.379632,
        duration: 1.3796319961547852,
        processing: 1,
        date_start: '2026-03-05T01:47:36+01:00',
        date_finish: '2026-03-05T01:47:37+01:00',
        operating_reset_at: 1772665056,
        operating: 0.7352650165557861,
      },
    },
  ],
  related: listRecurringSiblings('crm.deal.recurring.add'),
  operation: { kind: 'example', entity: 'deal' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTextsInCodeColumn(['fieldsNotArray', 'paramsNotArray', 'dealIdEmpty', 'accessDenied', 'alreadyRecurring']),
]
