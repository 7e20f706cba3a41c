/**
 * crm.timeline.note.save. Sources: the official pages
 * api-reference/crm/timeline/note/crm-timeline-note-save.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), the four parameters and
 * `text`, `true` as result and the `NOT_FOUND` sample error. Example-backed
 * (specs/shared/timeline-note.ts): the mock answers `true` and keeps nothing.
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
  method: 'crm.timeline.note.save',
  scope: 'crm',
  summary: { ru: 'Сохранить заметку записи таймлайна', en: 'Save the note of a timeline record' },
  description: {
    ru: 'Метод `crm.timeline.note.save` создает или заменяет заметку записи таймлайна или дела.',
    en: 'The `crm.timeline.note.save` method creates or replaces the note of a timeline record or an activity.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    ...noteTargetParams,
    { name: 'text', type: 'string', required: true, description: { ru: 'Текст заметки.', en: 'The note text.' } },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если заметка сохранена', en: '`true` once the note is saved' },
  },
  errors: [noteNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'saveNoteOfRecord2',
      title: { ru: 'Сохранить заметку записи истории 2 лида 1', en: "Save a note on lead 1's history record 2" },
      params: { ...noteExampleTarget, text: 'Test note' },
      result: true,
    },
  ],
  related: listTimelineNoteSiblings('crm.timeline.note.save'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...noteRowsWithoutText]
