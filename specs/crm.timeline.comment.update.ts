/**
 * crm.timeline.comment.update. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-update.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `id`,
 * `fields` (COMMENT, FILES), `ownerTypeId` and `ownerId`, the comment's id as result and the
 * `NOT_FOUND` sample error. The mock answers the page's example (comment 999): its record
 * operation answers `true` for an update, where this method answers the id, so it does not change
 * the store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  keepRowsWithoutText,
  listTimelineCommentSiblings,
  samplePixelGif,
  timelineCommentIdParam,
  timelineCommentNotFoundRow,
  timelineCommentOwnerParams,
} from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.update',
  scope: 'crm',
  summary: { ru: 'Изменить комментарий таймлайна', en: 'Update a timeline comment' },
  description: {
    ru: 'Метод `crm.timeline.comment.update` меняет текст и файлы комментария таймлайна и возвращает его идентификатор.',
    en: 'The `crm.timeline.comment.update` method changes the text and files of a timeline comment and returns its ID.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    timelineCommentIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля: `COMMENT` и `FILES` (пары `[имя файла, содержимое в base64]`). Ключ пишется только в нижнем регистре.',
        en: 'The fields to change: `COMMENT` and `FILES` (`[file name, base64 content]` pairs). The key is lower-case only.',
      },
    },
    ...timelineCommentOwnerParams,
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор измененного комментария', en: 'The ID of the changed comment' },
  },
  errors: [timelineCommentNotFoundRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateComment999',
      title: { ru: 'Заменить текст и файлы комментария 999', en: 'Replace the text and files of comment 999' },
      params: {
        id: 999,
        fields: {
          COMMENT: 'Comment was changed',
          FILES: [
            ['1.gif', samplePixelGif],
            ['2.gif', samplePixelGif],
          ],
        },
      },
      result: 999,
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.update'),
  operation: { kind: 'example', entity: 'timelineComment', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepRowsWithoutText(['OWNER_NOT_FOUND', 'ACCESS_DENIED', 'INVALID_ARG_VALUE', '100'])]
