/**
 * crm.timeline.comment.get. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-get.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `id`, the comment as
 * result (ids as strings, files keyed by file id) and the `Not found.`, `Access denied.` and
 * `ID is not defined or invalid.` rows. The page reads comment 999; the default store holds it on
 * deal 10 (specs/shared/timeline-comment.ts), where the page's answer says deal 2.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { comment999Files, listTimelineCommentSiblings, timelineCommentIdParam } from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.get',
  scope: 'crm',
  summary: { ru: 'Получить комментарий таймлайна', en: 'Get a timeline comment' },
  description: {
    ru: 'Метод `crm.timeline.comment.get` возвращает комментарий таймлайна по идентификатору.',
    en: 'The `crm.timeline.comment.get` method returns a timeline comment by its ID.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [{ ...timelineCommentIdParam, invalidError: 'invalidId' }],
  result: {
    type: 'object',
    description: {
      ru: 'Поля комментария (`crm.timeline.comment.fields`): идентификаторы строками, `FILES` — файлы по их идентификаторам',
      en: 'The comment fields (`crm.timeline.comment.fields`): ids as strings, `FILES` keyed by file ID',
    },
  },
  errors: [
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found.',
      kind: 'notFound',
      when: { ru: 'Комментарий с переданным `id` не найден', en: 'No comment has the given `id`' },
    },
    createAccessDeniedRow(
      'Нет права на элемент CRM, к которому относится комментарий',
      'No permission on the CRM item the comment belongs to',
    ),
    invalidIdRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getComment999',
      title: { ru: 'Получить комментарий с `id = 999`', en: 'Get the comment with `id = 999`' },
      params: { id: 999 },
      result: {
        ID: '999',
        CREATED: '2020-03-02T12:00:00+03:00',
        ENTITY_ID: '10',
        ENTITY_TYPE: 'deal',
        AUTHOR_ID: '1',
        COMMENT: 'New comment was added',
        FILES: comment999Files,
      },
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.get'),
  operation: { kind: 'get', entity: 'timelineComment', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
