/**
 * crm.deal.recurring.update. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import {
  createRecurringFieldsParam,
  keepTextsInCodeColumn,
  listRecurringSiblings,
  recurringIdParam,
  recurringRows,
} from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.update',
  scope: 'crm',
  summary: { ru: 'Изменить настройки регулярной сделки', en: 'Update recurring deal settings' },
  description: {
    ru: 'Метод `crm.deal.recurring.update` меняет настройки шаблона регулярной сделки по `id`.',
    en: 'The `crm.deal.recurring.update` method changes the settings of a recurring deal template by `id`.',
  },
  access: {
    entity: 'deal',
    permission: 'update',
    description: { ru: 'пользователь с правом на чтение и изменение сделок', en: 'a user allowed to read and change deals' },
    deniedError: 'accessDenied',
  },
  params: [
    recurringIdParam,
    createRecurringFieldsParam(
      'Поля для изменения, как у `crm.deal.recurring.add`.',
      'The fields to change, as `crm.deal.recurring.add` takes them.',
    ),
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true` при успехе', en: '`true` on success' } },
  errors: [
    recurringRows.invalidId,
    recurringRows.fieldsNotArray,
    recurringRows.notAllowed,
    recurringRows.notFound,
    recurringRows.accessDenied,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateTemplate15',
      title: { ru: 'Изменить расписание настройки 15', en: 'Change the schedule of setting 15' },
      params: {
        id: 15,
        fields: {
          ACTIVE: 'Y',
          CATEGORY_ID: '2',
          IS_LIMIT: 'D',
          LIMIT_DATE: '2027-03-05',
          START_DATE: '2026-04-05',
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
      result: true,
      time: {
        start: 1772731825,
        finish: 1772731825.579511,
        duration: 0.5795109272003174,
        processing: 0,
        date_start: '2026-03-05T20:30:25+02:00',
        date_finish: '2026-03-05T20:30:25+02:00',
        operating_reset_at: 1772732425,
        operating: 0,
      },
    },
  ],
  related: listRecurringSiblings('crm.deal.recurring.update'),
  operation: { kind: 'example', entity: 'deal' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'params.fields.required',
    docs: 'false',
    reason:
      "the table marks `fields` optional, yet its own row says the server answers `Parameter 'fields' must be array.` when it is missing",
  },
  ...keepTextsInCodeColumn(['invalidId', 'fieldsNotArray', 'notAllowed', 'notFound', 'accessDenied']),
]
