/**
 * crm.deal.recurring.expose. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-expose.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { keepTextsInCodeColumn, recurringIdParam, recurringRows } from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.expose',
  scope: 'crm',
  summary: { ru: 'Создать сделку по шаблону', en: 'Create a deal from a template' },
  description: {
    ru: 'Метод `crm.deal.recurring.expose` создает новую сделку по шаблону регулярной сделки, не дожидаясь расписания, и возвращает ее идентификатор в `DEAL_ID`.',
    en: 'The `crm.deal.recurring.expose` method creates a new deal from a recurring deal template without waiting for the schedule and answers its ID in `DEAL_ID`.',
  },
  access: {
    entity: 'deal',
    permission: 'add',
    description: { ru: 'пользователь с правом на чтение и добавление сделок', en: 'a user allowed to read and add deals' },
    deniedError: 'accessDenied',
  },
  params: [recurringIdParam],
  result: {
    type: 'object',
    properties: [{ name: 'DEAL_ID', type: 'integer', required: true, description: { ru: 'Новая сделка', en: 'The new deal' } }],
    description: { ru: 'Идентификатор новой сделки в `DEAL_ID`', en: 'The new deal ID in `DEAL_ID`' },
  },
  errors: [recurringRows.invalidId, recurringRows.notAllowed, recurringRows.notFound, recurringRows.accessDenied],
  errorExample: 'notFound',
  examples: [
    {
      id: 'exposeTemplate15',
      title: { ru: 'Создать сделку по настройке 15', en: 'Create a deal from setting 15' },
      params: { id: 15 },
      result: { DEAL_ID: 7589 },
      time: {
        start: 1772692903,
        finish: 1772692904.118889,
        duration: 1.1188890933990479,
        processing: 1,
        date_start: '2026-03-05T09:41:43+01:00',
        date_finish: '2026-03-05T09:41:44+01:00',
        operating_reset_at: 1772693503,
        operating: 0.7653989791870117,
      },
    },
  ],
  related: ['crm.deal.recurring.fields', 'crm.deal.recurring.add', 'crm.deal.recurring.get'],
  operation: { kind: 'example', entity: 'deal', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepTextsInCodeColumn(['invalidId', 'notAllowed', 'notFound', 'accessDenied'])]
