/**
 * What the crm.timeline.logmessage.* methods share: the log entry's shape, the `id` parameter, the
 * rows their sample error answers give and the codes their tables list without a server text.
 * Sources: the official pages api-reference/crm/timeline/logmessage/ in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian). The family is example-backed: its camelCase
 * answers need the item engine, which does not fill the author and date of a new record, and its
 * list is selected by two parameters rather than a filter, which the list operation cannot read yet.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepRowsWithoutText } from './timeline-comment.js'

/** Mutable, as the model's property lists are (a readonly tuple is refused where a spec takes them). */
const logMessageProperties: NonNullable<MethodSpecInput['result']['properties']> = [
  { name: 'id', type: 'integer', required: true, description: { ru: 'ID записи таймлайна', en: 'The timeline record ID' } },
  { name: 'created', type: 'datetime', required: true, description: { ru: 'Когда создана', en: 'When it was created' } },
  { name: 'authorId', type: 'integer', required: true, description: { ru: 'Кто создал', en: 'Who created it' } },
  { name: 'title', type: 'string', required: true, description: { ru: 'Заголовок', en: 'The title' } },
  { name: 'text', type: 'string', required: true, description: { ru: 'Текст', en: 'The text' } },
  { name: 'iconCode', type: 'string', required: true, description: { ru: 'Код иконки', en: 'The icon code' } },
]

/** One log entry, as the list answers it and add and get wrap it. */
export const logMessageShape = { type: 'object', properties: logMessageProperties } as const

/** The result of add and get: `{ logMessage }`. */
export function createLogMessageResult(ru: string, en: string) {
  return {
    type: 'object',
    description: { ru, en },
    properties: [{ name: 'logMessage', type: 'object', required: true, properties: logMessageProperties }],
  } as const satisfies MethodSpecInput['result']
}

/** The log entry id. */
export const logMessageIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  minimum: 1,
  description: { ru: 'ID записи таймлайна.', en: 'The timeline record ID.' },
  sources: ['crm.timeline.logmessage.list', 'crm.timeline.logmessage.add'],
} as const satisfies MethodSpecInput['params'][number]

/**
 * `NOT_FOUND`: the server puts the id asked for into the text; the row keeps the pages' sample
 * answer, for id 1, which is also the id the mock answers for.
 */
export const logMessageNotFoundRow = {
  id: 'notFound',
  code: 'NOT_FOUND',
  status: 400,
  text: 'Timeline logmessage not found for id 1',
  kind: 'notFound',
  when: {
    ru: 'Записи с переданным `id` нет; сервер называет этот `id` в тексте',
    en: 'No record has the given `id`; the server names that `id` in the text',
  },
} as const

/** `ACCESS_DENIED`, worded per portal language as the add pages' sample error answers show. */
export const logMessageAccessDeniedRow = {
  id: 'accessDenied',
  code: 'ACCESS_DENIED',
  status: 400,
  text: { ru: 'Доступ запрещен', en: 'Access denied' },
  kind: 'accessDenied',
  when: { ru: 'Нет права на изменение элемента CRM', en: 'No permission to edit the CRM item' },
} as const

/** The log entry family, for each spec's `related` (the spec's own name is left out). */
export function listLogMessageSiblings(method: string): string[] {
  return ['add', 'get', 'list', 'delete'].map((verb) => `crm.timeline.logmessage.${verb}`).filter((name) => name !== method)
}

/** Where a page names a right on the CRM item, which the mock cannot check per item. */
export function keepItemRight(permission: string, codes: string[]): DocsDifference[] {
  return [
    ...keepRowsWithoutText(codes),
    {
      path: 'access.permission',
      docs: permission,
      reason: "the right is the caller's on the CRM item the record is in; the mock has no per-item rights, so the rule stays text",
    },
  ]
}
