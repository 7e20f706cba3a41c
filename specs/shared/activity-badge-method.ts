/**
 * What the crm.activity.badge.* methods share, as the official pages
 * (api-reference/crm/timeline/activities/configurable/badges/ in bitrix24/b24restdocs) give them: an
 * application's badges (a titled value in one of five colours) that configurable activities show,
 * keyed by a string `code`. Example-backed: badges are keyed by the caller's code, and add answers the
 * badge rather than an id, which the mock's record operations (numeric ids they hand out) do not
 * model; the mock checks the parameters and answers the example. NOT_FOUND and ACCESS_DENIED are the
 * REST controllers' rows (specs/shared/activity-todo-method.ts); the add page's REQUIRED_ARG_MISSING
 * prints no server text and is left out.
 */
import type { MethodSpecInput } from '@b24kit/spec'

/** The badge the example adds, reads and lists: a failed call, in red. */
export const missedCallBadge = { code: 'missedCall', title: 'Call Status', value: 'Missed', type: 'failure' }

/** The badge's code. */
export const badgeCodeParam = {
  name: 'code',
  type: 'string',
  required: true,
  description: { ru: 'Код бейджа, например `missedCall`.', en: 'The badge code, such as `missedCall`.' },
} as const satisfies MethodSpecInput['params'][number]

/** The properties of a badge, as add takes them and get and list answer them. */
export const badgeProperties = [
  { name: 'code', type: 'string', description: { ru: 'Код бейджа', en: 'The badge code' } },
  { name: 'title', type: 'string', description: { ru: 'Заголовок бейджа', en: 'The badge title' } },
  { name: 'value', type: 'string', description: { ru: 'Значение бейджа', en: 'The badge value' } },
  { name: 'type', type: 'string', description: { ru: 'Тип (цвет) бейджа', en: 'The badge type (its colour)' } },
] as const

/** `{ badge }`: one badge, as add and get answer it. */
export const badgeResult = {
  type: 'object',
  properties: [{ name: 'badge', type: 'object', properties: [...badgeProperties], description: { ru: 'Бейдж', en: 'The badge' } }],
  description: { ru: 'Бейдж в `badge`', en: 'The badge in `badge`' },
} as const satisfies MethodSpecInput['result']

/** Who may add and delete badges: a CRM administrator. */
export const badgeAdminAccess = {
  description: { ru: 'администратор CRM', en: 'a CRM administrator' },
} as const

/** Who may read badges: any user. */
export const badgeReadAccess = { description: { ru: 'любой пользователь', en: 'any user' } } as const

/** The badge methods, for each spec's `related` (the spec's own name is left out). */
export function listBadgeSiblings(method: string): string[] {
  return ['crm.activity.badge.add', 'crm.activity.badge.get', 'crm.activity.badge.list', 'crm.activity.badge.delete'].filter(
    (name) => name !== method,
  )
}
