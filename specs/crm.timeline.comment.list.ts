/**
 * crm.timeline.comment.list. Sources: the official pages
 * api-reference/crm/timeline/comments/crm-timeline-comment-list.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `select`, `filter` on
 * ENTITY_ID and ENTITY_TYPE, `order` on ID, CREATED or AUTHOR_ID, `start` and pages of 50, `total`
 * and the `Access denied` row. The page asks for deal 10's comments and answers comments 999 and 1000
 * marked ENTITY_ID 2; the default store keeps both on deal 10, so the example answers them with `10`.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { comment999Files, listTimelineCommentSiblings } from './shared/timeline-comment.js'

export default defineMethod({
  method: 'crm.timeline.comment.list',
  scope: 'crm',
  summary: { ru: 'Получить список комментариев таймлайна', en: 'List timeline comments' },
  description: {
    ru: 'Метод `crm.timeline.comment.list` возвращает комментарии таймлайна одного элемента CRM, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.timeline.comment.list` method returns the timeline comments of one CRM item, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: { description: { ru: 'пользователь с правом на чтение элемента CRM', en: 'a user allowed to read the CRM item' } },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      description: {
        ru: 'Поля в ответе (`crm.timeline.comment.fields`); без него или пустой — все поля.',
        en: 'The fields to answer (`crm.timeline.comment.fields`); left out or empty, every field.',
      },
    },
    {
      name: 'filter',
      type: 'object',
      required: true,
      description: {
        ru: 'Элемент CRM, чьи комментарии нужны: `ENTITY_ID` и `ENTITY_TYPE` (`deal`, `lead`, `contact`, `company`), оба обязательны.',
        en: 'The CRM item whose comments to answer: `ENTITY_ID` and `ENTITY_TYPE` (`deal`, `lead`, `contact`, `company`), both required.',
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      description: {
        ru: 'Сортировка: `ID`, `CREATED` или `AUTHOR_ID` -> `ASC` или `DESC`.',
        en: 'The sort order: `ID`, `CREATED` or `AUTHOR_ID` -> `ASC` or `DESC`.',
      },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      coercion: 'php-int',
      description: {
        ru: 'Смещение страницы: значение `next` предыдущего ответа, `(N-1) * 50` для страницы N.',
        en: 'The offset of the page: the `next` of the previous answer, `(N-1) * 50` for page N.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Комментарии страницы (не более 50); поля как у `crm.timeline.comment.get`',
      en: 'The comments of the page (at most 50), fields as `crm.timeline.comment.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('Нет права на чтение указанного элемента CRM', 'No permission to read the given CRM item')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listCommentsOfDeal10',
      title: { ru: 'Комментарии сделки 10', en: "Deal 10's comments" },
      params: {
        filter: { ENTITY_ID: 10, ENTITY_TYPE: 'deal' },
        select: ['ID', 'CREATED', 'ENTITY_ID', 'ENTITY_TYPE', 'AUTHOR_ID', 'COMMENT', 'FILES'],
      },
      result: [
        {
          ID: '999',
          CREATED: '2020-03-02T12:00:00+03:00',
          ENTITY_ID: '10',
          ENTITY_TYPE: 'deal',
          AUTHOR_ID: '1',
          COMMENT: 'New comment was added',
          FILES: comment999Files,
        },
        {
          ID: '1000',
          CREATED: '2020-03-02T12:00:00+03:00',
          ENTITY_ID: '10',
          ENTITY_TYPE: 'deal',
          AUTHOR_ID: '1',
          COMMENT: 'Test comment',
          FILES: {},
        },
      ],
    },
  ],
  related: listTimelineCommentSiblings('crm.timeline.comment.list'),
  operation: { kind: 'list', entity: 'timelineComment', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  {
    path: 'access.permission',
    docs: 'read',
    reason: "the right is the caller's on the filtered CRM item, not on comments; the mock has no per-item rights, so the rule stays text",
  },
]
