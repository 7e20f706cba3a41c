/**
 * crm.timeline.comment.add. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-add.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `fields` (ENTITY_ID,
 * ENTITY_TYPE, COMMENT, FILES), the new id as result and the `NOT_FOUND` sample error. The page's
 * example adds a comment to deal 10; its answer's id, 999, is the portal's, here the next id after
 * the default store's comments 999 and 1000 (specs/shared/timeline-comment.ts). The page's example
 * also sends two files as `[name, base64]` pairs; the model types a file field as an object, so the
 * OpenAPI document would refuse them, and the example here leaves them out.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepRowsWithoutText, listTimelineCommentSiblings, timelineCommentNotFoundRow } from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.add',
  scope: 'crm',
  summary: { ru: 'Добавить комментарий в таймлайн', en: 'Add a timeline comment' },
  description: {
    ru: 'Метод `crm.timeline.comment.add` добавляет комментарий в таймлайн элемента CRM и возвращает его идентификатор.',
    en: "The `crm.timeline.comment.add` method adds a comment to a CRM item's timeline and returns its ID.",
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля комментария: `ENTITY_ID` и `ENTITY_TYPE` (элемент CRM, например `deal`), текст `COMMENT` и `FILES` — пары `[имя файла, содержимое в base64]`. Ключ пишется только в нижнем регистре.',
        en: 'The comment fields: `ENTITY_ID` and `ENTITY_TYPE` (the CRM item, such as `deal`), the `COMMENT` text and `FILES` as `[file name, base64 content]` pairs. The key is lower-case only.',
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор нового комментария', en: 'The ID of the new comment' },
  },
  errors: [
    {
      ...timelineCommentNotFoundRow,
      when: { ru: 'Элемент, к которому относится запрос, не найден', en: 'The element the call refers to was not found' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'addCommentToDeal10',
      title: { ru: 'Добавить комментарий к сделке 10', en: 'Add a comment to deal 10' },
      params: {
        fields: {
          ENTITY_ID: 10,
          ENTITY_TYPE: 'deal',
          COMMENT: 'New comment was added',
        },
      },
      result: 1001,
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.add'),
  operation: { kind: 'add', entity: 'timelineComment', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepRowsWithoutText(['OWNER_NOT_FOUND', 'ACCESS_DENIED', 'INVALID_ARG_VALUE', '100'])]
