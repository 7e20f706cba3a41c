/**
 * crm.timeline.comment.delete. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `id`,
 * `ownerTypeId` and `ownerId` (a comment bound to several items leaves only that one), `null` as
 * result and the `NOT_FOUND` sample error. The mock answers the page's example (comment 999 of deal
 * 10): its record delete answers `true` where this method answers `null`, so it does not change the store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  keepRowsWithoutText,
  listTimelineCommentSiblings,
  timelineCommentIdParam,
  timelineCommentNotFoundRow,
  timelineCommentOwnerParams,
} from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.delete',
  scope: 'crm',
  summary: { ru: 'Удалить комментарий таймлайна', en: 'Delete a timeline comment' },
  description: {
    ru: 'Метод `crm.timeline.comment.delete` удаляет комментарий таймлайна. С `ownerTypeId` и `ownerId` комментарий, привязанный к нескольким элементам, убирается только у указанного.',
    en: 'The `crm.timeline.comment.delete` method deletes a timeline comment. With `ownerTypeId` and `ownerId`, a comment bound to several items is removed from that item only.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [timelineCommentIdParam, ...timelineCommentOwnerParams],
  result: {
    type: 'null',
    const: null,
    description: { ru: 'Всегда `null`', en: 'Always `null`' },
  },
  errors: [timelineCommentNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteComment999OfDeal10',
      title: { ru: 'Удалить комментарий 999 у сделки 10', en: 'Delete comment 999 from deal 10' },
      params: { id: 999, ownerTypeId: 2, ownerId: 10 },
      result: null,
    },
    {
      id: 'deleteComment999',
      title: { ru: 'Удалить комментарий 999 у всех элементов', en: 'Delete comment 999 from every item' },
      params: { id: 999 },
      result: null,
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.delete'),
  operation: { kind: 'example', entity: 'timelineComment', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepRowsWithoutText(['ACCESS_DENIED', 'MULTIPLE_BINDINGS', 'OWNER_NOT_FOUND', '100']),
  {
    path: 'result.type',
    docs: 'null',
    reason: 'the page types the result `null`, which the importer does not map; the spec says `null` too',
  },
]
