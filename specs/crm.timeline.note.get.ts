/**
 * crm.timeline.note.get. Sources: the official pages
 * api-reference/crm/timeline/note/crm-timeline-note-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), the four parameters, the
 * note as result (text, who and when created and changed it) and the `NOT_FOUND` sample error.
 * Example-backed (specs/shared/timeline-note.ts): the mock answers the note of the page's example
 * and `Element not found` for any other record.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  listTimelineNoteSiblings,
  noteExampleTarget,
  noteNotFoundRow,
  noteRowsWithoutText,
  noteTargetParams,
} from './shared/timeline-note.js'

export default defineMethod({
  method: 'crm.timeline.note.get',
  scope: 'crm',
  summary: { ru: 'Получить заметку записи таймлайна', en: 'Get the note of a timeline record' },
  description: {
    ru: 'Метод `crm.timeline.note.get` возвращает заметку, прикрепленную к записи таймлайна или делу.',
    en: 'The `crm.timeline.note.get` method returns the note attached to a timeline record or an activity.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [...noteTargetParams],
  result: {
    type: 'object',
    description: { ru: 'Заметка', en: 'The note' },
    properties: [
      { name: 'text', type: 'string', required: true, description: { ru: 'Текст заметки', en: 'The note text' } },
      { name: 'createdById', type: 'integer', required: true, description: { ru: 'Кто создал', en: 'Who created it' } },
      { name: 'createdTime', type: 'datetime', required: true, description: { ru: 'Когда создана', en: 'When it was created' } },
      { name: 'updatedById', type: 'integer', required: true, description: { ru: 'Кто изменил', en: 'Who changed it' } },
      { name: 'updatedTime', type: 'datetime', required: true, description: { ru: 'Когда изменена', en: 'When it was changed' } },
    ],
  },
  errors: [noteNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getNoteOfRecord2',
      title: { ru: 'Заметка записи истории 2 лида 1', en: "The note of lead 1's history record 2" },
      params: noteExampleTarget,
      result: {
        text: 'Test note',
        createdById: 1,
        createdTime: '2024-03-17T15:55:10+03:00',
        updatedById: 1,
        updatedTime: '2024-03-17T15:55:10+03:00',
      },
    },
  ],
  related: listTimelineNoteSiblings('crm.timeline.note.get'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...noteRowsWithoutText]
