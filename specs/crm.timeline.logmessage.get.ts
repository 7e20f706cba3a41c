/**
 * crm.timeline.logmessage.get. Sources: the official pages
 * api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the entry as
 * result and the `NOT_FOUND` sample error. Example-backed (specs/shared/timeline-logmessage.ts): the
 * mock answers entry 1 and the not-found row for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createLogMessageResult,
  keepItemRight,
  listLogMessageSiblings,
  logMessageIdParam,
  logMessageNotFoundRow,
} from './shared/timeline-logmessage.js'

export default defineMethod({
  method: 'crm.timeline.logmessage.get',
  scope: 'crm',
  summary: { ru: 'Получить запись журнала таймлайна', en: 'Get a timeline log entry' },
  description: {
    ru: 'Метод `crm.timeline.logmessage.get` возвращает информационную запись таймлайна по идентификатору.',
    en: 'The `crm.timeline.logmessage.get` method returns an informational timeline entry by its ID.',
  },
  access: { description: { ru: 'пользователь с правом на чтение элемента CRM', en: 'a user allowed to read the CRM item' } },
  params: [logMessageIdParam],
  result: createLogMessageResult('Запись в `logMessage`', 'The entry, in `logMessage`'),
  errors: [logMessageNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getEntry1',
      title: { ru: 'Получить запись с `id = 1`', en: 'Get the entry with `id = 1`' },
      params: { id: 1 },
      result: {
        logMessage: { id: 1, created: '2024-04-03T10:26:32+02:00', authorId: 1, title: 'Test title', text: 'Test note', iconCode: 'info' },
      },
    },
  ],
  related: listLogMessageSiblings('crm.timeline.logmessage.get'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepItemRight('read', ['100', '0'])
