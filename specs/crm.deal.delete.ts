/**
 * crm.deal.delete. Sources:
 * - scope, who may call it, summary, description (the deal and its linked objects), the `id`
 *   parameter and where it comes from, the sample answer with its `time` block, the three error rows
 *   (`ID is not defined or invalid`, `Access denied`, `Not found`; the page has no code column, so the
 *   code is empty), deprecation in favour of `crm.item.delete`: the official pages
 *   api-reference/crm/deals/crm-deal-delete.md in bitrix24/b24restdocs (English) and
 *   bitrix-tools/b24-rest-docs (Russian).
 * - the final periods of `ID is not defined or invalid.` and `Access denied.` (the table prints them
 *   without; the page's sample error answer has the period), HTTP 400 for every row, `ID`/`id`
 *   spellings and the PHP cast: the page's sample error answer and the sibling page
 *   api-reference/crm/contacts/crm-contact-delete.md (the crm.*.delete methods share one server path).
 * - the page's example deletes deal 12; the default store holds it (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createDeprecation } from './shared/contact-method.js'
import { dealRecordIdParam, listDealSiblings } from './shared/deal-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.delete',
  scope: 'crm',
  summary: { ru: 'Удалить сделку', en: 'Delete a deal' },
  description: {
    ru: 'Метод `crm.deal.delete` удаляет сделку и все связанные с ней объекты: дела, историю, дела Таймлайна и другие. Объекты, привязанные к другим сущностям, не удаляются: удаляется только их привязка к сделке.',
    en: 'The `crm.deal.delete` method deletes a deal and all objects linked to it: activities, history, timeline records and others. Objects linked to other entities stay; only their link to the deal goes.',
  },
  access: {
    entity: 'deal',
    permission: 'delete',
    description: {
      ru: 'любой пользователь с правом «удаления» сделок',
      en: 'any user with the "delete" permission on deals',
    },
    deniedError: 'accessDenied',
  },
  params: [dealRecordIdParam],
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
      when: { ru: 'У пользователя нет прав на «удаление» сделок', en: 'The user lacks the "delete" permission on deals' },
    },
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found',
      kind: 'notFound',
      when: { ru: 'Сделка с переданным `id` не существует', en: 'No deal has the given `id`' },
    },
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'deleteDeal12',
      title: { ru: 'Удалить сделку с `id = 12`', en: 'Delete the deal with `id = 12`' },
      params: { ID: 12 },
      result: true,
      time: {
        start: 1725019350.037109,
        finish: 1725019355.903999,
        duration: 5.86689019203186,
        processing: 5.262096881866455,
        date_start: '2024-08-30T14:02:30+02:00',
        date_finish: '2024-08-30T14:02:35+02:00',
        operating: 0,
      },
    },
  ],
  related: listDealSiblings('crm.deal.delete'),
  deprecated: createDeprecation('crm.item.delete'),
  operation: { kind: 'delete', entity: 'deal', by: 'id', cascade: true, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
]
