/**
 * crm.timeline.logmessage.list. Sources: the official pages
 * api-reference/crm/timeline/logmessage/crm-timeline-logmessage-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `entityTypeId`,
 * `entityId`, `order` (id or created, `desc` by default), `start` and pages of 10, the entries as
 * result and the `100` sample error for a missing entityTypeId. Example-backed
 * (specs/shared/timeline-logmessage.ts): the mock answers lead 1's two entries for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemRight, listLogMessageSiblings, logMessageShape } from './shared/timeline-logmessage.js'

export default defineMethod({
  method: 'crm.timeline.logmessage.list',
  scope: 'crm',
  summary: { ru: 'Получить записи журнала таймлайна', en: 'List timeline log entries' },
  description: {
    ru: 'Метод `crm.timeline.logmessage.list` возвращает информационные записи таймлайна элемента CRM, по 10 на страницу.',
    en: "The `crm.timeline.logmessage.list` method returns the informational entries of a CRM item's timeline, 10 per page.",
  },
  access: { description: { ru: 'пользователь с правом на чтение элемента CRM', en: 'a user allowed to read the CRM item' } },
  params: [
    {
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      description: { ru: 'Тип объекта CRM (`1` — лид).', en: 'The CRM object type (`1` is a lead).' },
      invalidError: 'entityTypeIdMissing',
    },
    { name: 'entityId', type: 'integer', required: true, description: { ru: 'ID элемента CRM.', en: 'The CRM item ID.' } },
    {
      name: 'order',
      type: 'object',
      required: false,
      description: {
        ru: 'Сортировка: `id` или `created` -> `asc` или `desc` (по умолчанию `desc`).',
        en: 'The sort order: `id` or `created` -> `asc` or `desc` (`desc` by default).',
      },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: { ru: 'Смещение страницы: `(N-1) * 10` для страницы N.', en: 'The offset of the page: `(N-1) * 10` for page N.' },
    },
  ],
  result: {
    type: 'array',
    description: { ru: 'Записи страницы (не более 10)', en: 'The entries of the page (at most 10)' },
    items: logMessageShape,
  },
  errors: [
    {
      id: 'entityTypeIdMissing',
      code: '100',
      status: 400,
      text: 'Could not find value for parameter {entityTypeId}',
      kind: 'invalidParams',
      when: { ru: 'Не передан `entityTypeId`', en: '`entityTypeId` is missing' },
    },
  ],
  errorExample: 'entityTypeIdMissing',
  examples: [
    {
      id: 'listEntriesOfLead1',
      title: { ru: 'Записи лида 1, новые первыми', en: "Lead 1's entries, newest first" },
      params: { entityTypeId: 1, entityId: 1, order: { created: 'desc' }, start: 0 },
      result: [
        { id: 42074, created: '2024-04-03T10:26:32+02:00', authorId: 1, title: 'Test title new', text: 'Test note new', iconCode: 'info' },
        { id: 42073, created: '2024-04-03T10:26:32+02:00', authorId: 1, title: 'Test title', text: 'Test note', iconCode: 'info' },
      ],
    },
  ],
  related: listLogMessageSiblings('crm.timeline.logmessage.list'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepItemRight('read', ['0'])
