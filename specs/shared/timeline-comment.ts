/**
 * What the crm.timeline.comment.* methods share: the comment's typed fields, the `id` parameter, the
 * family's names and the rows its pages list without the server's text. Sources: the official pages
 * api-reference/crm/timeline/comments/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian); the fields from crm-timeline-comment-fields.md. Titles are
 * our own short labels.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { type Field, field, readOnly } from './field.js'

/**
 * A comment's fields. FILES is `attached_diskfile` on the page; the model's nearest type is `file`,
 * and the mock keeps what was sent (the `[name, base64]` pairs) instead of making disk files of them.
 */
export const timelineCommentFields: Field[] = [
  field('ID', 'integer', 'ID', 'ID', readOnly),
  field('CREATED', 'datetime', 'Дата добавления', 'Added on', { ...readOnly, fill: { source: 'now', on: 'add' } }),
  field('ENTITY_ID', 'integer', 'ID элемента CRM', 'CRM item ID', { isRequired: true, isImmutable: true }),
  field('ENTITY_TYPE', 'string', 'Тип элемента CRM', 'CRM item type', {
    isRequired: true,
    isImmutable: true,
    enum: ['lead', 'deal', 'contact', 'company', 'order'].map((value) => ({ value })),
  }),
  field('AUTHOR_ID', 'integer', 'Автор', 'Author', { isImmutable: true, fill: { source: 'caller', on: 'add' } }),
  field('COMMENT', 'string', 'Текст комментария', 'Comment text'),
  field('FILES', 'file', 'Файлы', 'Files', { isMultiple: true }),
]

/** The one-pixel GIF the add and update pages send, as base64 (`FILES` holds `[name, content]` pairs). */
export const samplePixelGif = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='

/** One file of a seeded comment, as the pages' sample answers print it (a disk file of the sample portal). */
function createSampleFile(id: number, diskId: number, signature: string) {
  const name = `${id}.gif`
  const show = `https://my.bitrix24.com/disk/showFile/${diskId}/?&ncc=1`
  return {
    id,
    date: '2020-03-02T12:00:00+03:00',
    type: 'image',
    name,
    size: 43,
    image: { width: 1, height: 1 },
    authorId: 1,
    authorName: 'John Dou',
    urlPreview: `${show}&width=640&height=640&signature=${signature}&ts=1718366521&filename=${name}`,
    urlShow: `${show}&ts=1718366521&filename=${name}`,
    urlDownload: `https://my.bitrix24.com/disk/downloadFile/${diskId}/?&ncc=1&filename=${name}`,
  }
}

/** Comment 999's two files, keyed by file id as the portal answers them. */
export const comment999Files = {
  '1': createSampleFile(1, 930, '292f450929833cd881070155e05a2c41b5bb265ea8c8c1bc2108dbcbb56f667f'),
  '2': createSampleFile(2, 931, '118de010a40eff06fb9d691ee9235e2ef809a17780e46927bf8b12f8dc3224db'),
}

/**
 * The default store's comments: 999 and 1000, as the get and list pages print them. The list page
 * asks for deal 10's comments and its answer says ENTITY_ID 2; the add page adds to deal 10, so the
 * store puts both on deal 10, where the list example finds them.
 */
export const timelineCommentSeed = [
  {
    ID: 999,
    ENTITY_ID: 10,
    ENTITY_TYPE: 'deal',
    CREATED: '2020-03-02T12:00:00+03:00',
    COMMENT: 'New comment was added',
    AUTHOR_ID: 1,
    FILES: comment999Files,
  },
  { ID: 1000, ENTITY_ID: 10, ENTITY_TYPE: 'deal', CREATED: '2020-03-02T12:00:00+03:00', COMMENT: 'Test comment', AUTHOR_ID: 1, FILES: {} },
]

/**
 * The comment id, read as `ID` then `id` and cast like PHP's (int), as the CRM REST proxies do. Only
 * crm.timeline.comment.get gives the text of its invalid-id row; it adds `invalidError` there.
 */
export const timelineCommentIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор комментария.', en: 'The comment ID.' },
  sources: ['crm.timeline.comment.list', 'crm.timeline.comment.add'],
} as const satisfies MethodSpecInput['params'][number]

/** `ownerTypeId` and `ownerId`: the CRM item a comment bound to several items is changed or removed for. */
export const timelineCommentOwnerParams = [
  {
    name: 'ownerTypeId',
    type: 'integer',
    required: false,
    description: {
      ru: 'Тип объекта CRM, к которому привязан комментарий (`2` — сделка).',
      en: 'The CRM object type the comment is bound to (`2` is a deal).',
    },
  },
  {
    name: 'ownerId',
    type: 'integer',
    required: false,
    description: { ru: 'ID объекта CRM, к которому привязан комментарий.', en: 'The ID of the CRM object the comment is bound to.' },
    sources: ['crm.timeline.bindings.list'],
  },
] as const satisfies MethodSpecInput['params']

/** `NOT_FOUND` / `Not found.`: the add, update and delete pages' sample error answer. */
export const timelineCommentNotFoundRow = {
  id: 'notFound',
  code: 'NOT_FOUND',
  status: 400,
  text: 'Not found.',
  kind: 'notFound',
  when: { ru: 'Комментарий с переданным `id` не найден', en: 'No comment has the given `id`' },
} as const

/** `0` / `error`: the fields pages of the timeline families list it for any other failure, fatal ones included. */
export const timelineInternalErrorRow = {
  id: 'internalError',
  code: '0',
  status: 400,
  text: 'error',
  kind: 'serverError',
  when: { ru: 'Прочие ошибки, например фатальные', en: 'Other errors, fatal ones for instance' },
} as const

/** The comment family, for each spec's `related` (the spec's own name is left out). */
export function listTimelineCommentSiblings(method: string): string[] {
  return ['add', 'update', 'get', 'list', 'delete', 'fields']
    .map((verb) => `crm.timeline.comment.${verb}`)
    .filter((name) => name !== method)
}

/**
 * The rows the add, update and delete pages list by code alone: the pages give no server text, and
 * the spec takes a row only with the text the server sends.
 */
export function keepRowsWithoutText(codes: string[]): DocsDifference[] {
  return codes.map((code) => ({
    path: `errors[code ${code}, text (absent)]`,
    docs: 'present',
    reason: 'the page lists the code without the text the server sends; the spec takes the row once the text is known',
  }))
}
