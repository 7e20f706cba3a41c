/**
 * crm.timeline.note.delete. Sources: the official pages
 * api-reference/crm/timeline/note/crm-timeline-note-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), the four parameters,
 * `true` as result and the `NOT_FOUND` sample error. Example-backed (specs/shared/timeline-note.ts):
 * the mock answers the page's example and `Element not found` for any other record.
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
  method: 'crm.timeline.note.delete',
  scope: 'crm',
  summary: { ru: 'Удалить заметку записи таймлайна', en: 'Delete the note of a timeline record' },
  description: {
    ru: 'Метод `crm.timeline.note.delete` удаляет заметку записи таймлайна или дела.',
    en: 'The `crm.timeline.note.delete` method deletes the note of a timeline record or an activity.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [...noteTargetParams],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если заметка удалена', en: '`true` once the note is deleted' },
  },
  errors: [noteNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteNoteOfRecord2',
      title: { ru: 'Удалить заметку записи истории 2 лида 1', en: "Delete the note of lead 1's history record 2" },
      params: noteExampleTarget,
      result: true,
    },
  ],
  related: listTimelineNoteSiblings('crm.timeline.note.delete'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...noteRowsWithoutText]
