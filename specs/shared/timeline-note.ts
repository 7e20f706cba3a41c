/**
 * What the crm.timeline.note.* methods share: the four parameters naming the timeline record a note
 * belongs to, the `NOT_FOUND` row of their sample error answer, the codes their tables list without
 * a server text, and the family's names. Sources: the official pages
 * api-reference/crm/timeline/note/ in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian). The notes are example-backed: a note is keyed by its record, not by an id of its own,
 * which the store's id-keyed tables cannot hold yet.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepRowsWithoutText } from './timeline-comment.js'

/** ownerTypeId, ownerId, itemType and itemId: the record the note is on. */
export const noteTargetParams = [
  {
    name: 'ownerTypeId',
    type: 'integer',
    required: true,
    description: { ru: 'Тип объекта CRM, к которому относится запись.', en: 'The CRM object type the record belongs to.' },
  },
  {
    name: 'ownerId',
    type: 'integer',
    required: true,
    description: { ru: 'ID элемента CRM, к которому относится запись.', en: 'The ID of the CRM item the record belongs to.' },
  },
  {
    name: 'itemType',
    type: 'integer',
    required: true,
    enum: [
      { value: 1, description: { ru: 'запись истории', en: 'a history record' } },
      { value: 2, description: { ru: 'дело', en: 'an activity' } },
    ],
    description: { ru: 'Вид записи: `1` — запись истории, `2` — дело.', en: 'The kind of record: `1` a history record, `2` an activity.' },
  },
  {
    name: 'itemId',
    type: 'integer',
    required: true,
    description: {
      ru: 'ID записи: записи истории таймлайна при `itemType = 1`, дела при `itemType = 2`.',
      en: 'The record ID: a timeline history record for `itemType = 1`, an activity for `itemType = 2`.',
    },
  },
] as const satisfies MethodSpecInput['params']

/** The record the pages' examples use: history record 2 of lead 1. */
export const noteExampleTarget = { ownerTypeId: 1, ownerId: 1, itemType: 1, itemId: 2 }

/** `NOT_FOUND` / `Element not found`, the pages' sample error answer. */
export const noteNotFoundRow = {
  id: 'notFound',
  code: 'NOT_FOUND',
  status: 400,
  text: 'Element not found',
  kind: 'notFound',
  when: { ru: 'Запись или заметка не найдена', en: 'The record or its note was not found' },
} as const

/** The codes every note page lists without the text the server sends. */
export const noteRowsWithoutText: DocsDifference[] = keepRowsWithoutText(['ACCESS_DENIED', '100', '0'])

/** The note family, for each spec's `related` (the spec's own name is left out). */
export function listTimelineNoteSiblings(method: string): string[] {
  return ['get', 'save', 'delete'].map((verb) => `crm.timeline.note.${verb}`).filter((name) => name !== method)
}
