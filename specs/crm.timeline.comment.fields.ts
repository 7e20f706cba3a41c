/**
 * crm.timeline.comment.fields. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, field name -> type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title,
 * and the `0` / `error` row. The example's answer is built from the field list the mock serves
 * (specs/shared/timeline-comment.ts), titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { listTimelineCommentSiblings, timelineCommentFields, timelineInternalErrorRow } from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля комментария таймлайна', en: 'Get the timeline comment fields' },
  description: {
    ru: 'Метод `crm.timeline.comment.fields` возвращает описание полей комментария таймлайна.',
    en: 'The `crm.timeline.comment.fields` method returns the description of the timeline comment fields.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [timelineInternalErrorRow],
  errorExample: 'internalError',
  examples: [
    {
      id: 'getCommentFields',
      title: { ru: 'Получить поля комментария', en: 'Get the comment fields' },
      params: {},
      result: describeFields(timelineCommentFields),
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.fields'),
  operation: { kind: 'fields', entity: 'timelineComment' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
