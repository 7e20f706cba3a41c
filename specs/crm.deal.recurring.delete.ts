/**
 * crm.deal.recurring.delete. Sources: the official pages api-reference/crm/deals/recurring-deals/crm-deal-recurring-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the
 * parameters, the answer, the error table and the sample answers. Shared parts, and why the mock
 * answers the examples: specs/shared/deal-recurring-method.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { keepTextsInCodeColumn, listRecurringSiblings, recurringIdParam, recurringRows } from './shared/deal-recurring-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.recurring.delete',
  scope: 'crm',
  summary: { ru: 'Удалить настройки регулярной сделки', en: 'Delete recurring deal settings' },
  description: {
    ru: 'Метод `crm.deal.recurring.delete` удаляет настройки регулярной сделки по `id`.',
    en: 'The `crm.deal.recurring.delete` method deletes the settings of a recurring deal by `id`.',
  },
  access: {
    entity: 'deal',
    permission: 'delete',
    description: { ru: 'пользователь с правом на удаление сделок', en: 'a user allowed to delete deals' },
    deniedError: 'accessDenied',
  },
  params: [recurringIdParam],
  result: { type: 'boolean', const: true, description: { ru: '`true` при успехе', en: '`true` on success' } },
  errors: [
    recurringRows.invalidId,
    recurringRows.notAllowed,
    recurringRows.notFound,
    recurringRows.connectedExists,
    recurringRows.accessDenied,
  ],
  errorExample: 'connectedExists',
  examples: [
    {
      id: 'deleteTemplate15',
      title: { ru: 'Удалить настройки 15', en: 'Delete setting 15' },
      params: { id: 15 },
      result: true,
      time: {
        start: 1772759802,
        finish: 1772759802.471347,
        duration: 0.4713470935821533,
        processing: 0.10933709144592285,
        date_start: '2026-03-06T04:16:42+01:00',
        date_finish: '2026-03-06T04:16:42+01:00',
        operating_reset_at: 1772760402,
        operating: 0,
      },
    },
  ],
  related: listRecurringSiblings('crm.deal.recurring.delete'),
  operation: { kind: 'example', entity: 'deal', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTextsInCodeColumn(['invalidId', 'notAllowed', 'notFound', 'connectedExists', 'accessDenied']),
]
