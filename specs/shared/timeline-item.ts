/**
 * What crm.timeline.item.pin and crm.timeline.item.unpin share: the three parameters naming a
 * timeline item in a CRM item's timeline, the `null` answer, the example on comment 999 of deal 10
 * and the rows the pages list by code alone. Sources: the official pages
 * api-reference/crm/timeline/actions/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian).
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepRowsWithoutText, timelineCommentNotFoundRow } from './timeline-comment.js'

type Spec = Omit<MethodSpecInput, 'method' | 'summary' | 'description' | 'examples' | 'related'>

/** Everything but the names and texts: pin and unpin take and answer the same. */
export const timelineItemPinParts = {
  scope: 'crm',
  access: { description: { ru: 'пользователь с правом на изменение элемента CRM', en: 'a user allowed to edit the CRM item' } },
  params: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      minimum: 1,
      description: { ru: 'ID записи таймлайна.', en: 'The timeline item ID.' },
      sources: ['crm.timeline.comment.list'],
    },
    {
      name: 'ownerTypeId',
      type: 'integer',
      required: true,
      description: {
        ru: 'Тип объекта CRM, в таймлайне которого запись (`2` — сделка).',
        en: 'The CRM object type whose timeline holds the item (`2` is a deal).',
      },
    },
    {
      name: 'ownerId',
      type: 'integer',
      required: true,
      description: { ru: 'ID элемента CRM, в таймлайне которого запись.', en: 'The ID of the CRM item whose timeline holds the item.' },
    },
  ],
  result: { type: 'null', const: null, description: { ru: 'Всегда `null`', en: 'Always `null`' } },
  errors: [{ ...timelineCommentNotFoundRow, when: { ru: 'Запись таймлайна не найдена', en: 'No such timeline item' } }],
  errorExample: 'notFound',
  operation: { kind: 'example', noMatch: 'notFound' },
} as const satisfies Spec

/** The example both pages give: comment 999 in deal 10's timeline. */
export const pinExampleParams = { id: 999, ownerTypeId: 2, ownerId: 10 }

/** Where pin and unpin differ from their pages on purpose. */
export function listPinDifferences(codes: string[]): DocsDifference[] {
  return [
    ...keepRowsWithoutText(codes),
    {
      path: 'result.type',
      docs: 'null',
      reason: 'the page types the result `null`, which the importer does not map; the spec says `null` too',
    },
    {
      path: 'access.permission',
      docs: 'update',
      reason: "the right is the caller's on the CRM item whose timeline it is; the mock has no per-item rights, so the rule stays text",
    },
  ]
}
