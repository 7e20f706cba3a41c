/**
 * crm.lead.delete. Sources:
 * - scope, who may call it, summary, description (the lead and its linked objects), the `id`
 *   parameter and where it comes from, the sample answer with its `time` block, the three error rows
 *   (`ID is not defined or invalid`, `Access denied`, `Not found`; the page has no code column, so the
 *   code is empty): the official pages api-reference/crm/leads/crm-lead-delete.md in
 *   bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian). Deprecation in favour
 *   of `crm.item.delete`: the Russian page (the English copy has no DEPRECATED note yet).
 * - the final periods of `ID is not defined or invalid.` and `Access denied.`, HTTP 400 for every
 *   row, `ID`/`id` spellings and the PHP cast: the page's sample error answer and
 *   the sibling page api-reference/crm/contacts/crm-contact-delete.md (the crm.*.delete methods share one server path).
 * - the page's cURL sends `{"id":"123"}` (a string the server casts); the example passes the number 123
 *   so the client tab stays typed. The default store holds lead 123 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { leadIdParam } from './shared/lead-method.js'

export default defineMethod({
  method: 'crm.lead.delete',
  scope: 'crm',
  summary: { ru: 'Удалить лид', en: 'Delete a lead' },
  description: {
    ru: 'Метод `crm.lead.delete` удаляет лид и все связанные с ним объекты: дела, историю, записи таймлайна и другие. Объекты, привязанные к другим элементам, не удаляются: удаляется только их привязка к лиду.',
    en: 'The `crm.lead.delete` method deletes a lead and all objects linked to it: activities, history, timeline records and others. Objects linked to other entities stay; only their link to the lead goes.',
  },
  access: {
    entity: 'lead',
    permission: 'delete',
    description: {
      ru: 'любой пользователь с правом удаления лидов',
      en: 'any user with the permission to delete leads',
    },
    deniedError: 'accessDenied',
  },
  params: [leadIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: {
      ru: 'Корневой элемент ответа, содержит `true` в случае успеха',
      en: 'The root element of the answer; `true` on success',
    },
  },
  errors: [
    {
      id: 'invalidId',
      code: '',
      status: 400,
      text: 'ID is not defined or invalid.',
      kind: 'invalidParams',
      when: {
        ru: 'В параметр `id` либо не передано значение, либо оно не является целым числом больше нуля',
        en: 'The `id` parameter is missing, or its value is not an integer greater than 0',
      },
    },
    {
      id: 'accessDenied',
      code: '',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет прав на удаление лидов', en: 'The user lacks the permission to delete leads' },
    },
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found',
      kind: 'notFound',
      when: { ru: 'Лид с переданным `id` не существует', en: 'No lead has the given `id`' },
    },
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'deleteLead123',
      title: { ru: 'Удалить лид с `id = 123`', en: 'Delete the lead with `id = 123`' },
      params: { id: 123 },
      result: true,
      time: {
        start: 1705764932.998683,
        finish: 1705764937.173995,
        duration: 4.175312042236328,
        processing: 3.3076529502868652,
        date_start: '2024-01-20T18:35:32+03:00',
        date_finish: '2024-01-20T18:35:37+03:00',
        operating_reset_at: 1705765533,
        operating: 3.307624101638794,
      },
    },
  ],
  related: ['crm.lead.add', 'crm.lead.update', 'crm.lead.get', 'crm.lead.list', 'crm.lead.fields'],
  deprecated: {
    replacement: 'crm.item.delete',
    note: {
      ru: 'Развитие метода остановлено. Используйте `crm.item.delete`; этот метод по-прежнему работает.',
      en: 'This method is no longer developed. Use `crm.item.delete`; this method still works.',
    },
  },
  operation: { kind: 'delete', entity: 'lead', by: 'id', cascade: true, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
  ...['crm.lead.add', 'crm.lead.update', 'crm.lead.get', 'crm.lead.list', 'crm.lead.fields'].map((name) => ({
    path: `related.${name}`,
    docs: '(absent)',
    reason: 'the page has no Continue Learning section; the spec links the lead family as its sibling pages do',
  })),
]
