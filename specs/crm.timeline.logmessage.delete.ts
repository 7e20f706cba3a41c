/**
 * crm.timeline.logmessage.delete. Sources: the official pages
 * api-reference/crm/timeline/logmessage/crm-timeline-logmessage-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result
 * and the `NOT_FOUND` sample error. Example-backed (specs/shared/timeline-logmessage.ts): the mock
 * answers `true` for entry 1 and the not-found row for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemRight, listLogMessageSiblings, logMessageIdParam, logMessageNotFoundRow } from './shared/timeline-logmessage.js'

export default defineMethod({
  method: 'crm.timeline.logmessage.delete',
  scope: 'crm',
  summary: { ru: 'Удалить запись журнала таймлайна', en: 'Delete a timeline log entry' },
  description: {
    ru: 'Метод `crm.timeline.logmessage.delete` удаляет информационную запись таймлайна; удалить можно только записи своего приложения.',
    en: 'The `crm.timeline.logmessage.delete` method deletes an informational timeline entry; an application may delete only its own entries.',
  },
  access: { description: { ru: 'пользователь с правом на изменение элемента CRM', en: 'a user allowed to edit the CRM item' } },
  params: [logMessageIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если запись удалена', en: '`true` once the entry is deleted' },
  },
  errors: [logMessageNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteEntry1',
      title: { ru: 'Удалить запись с `id = 1`', en: 'Delete the entry with `id = 1`' },
      params: { id: 1 },
      result: true,
    },
  ],
  related: listLogMessageSiblings('crm.timeline.logmessage.delete'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepItemRight('update', ['ACCESS_DENIED', 'REMOVING_DISABLED', '100', '0'])
