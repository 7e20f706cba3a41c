/**
 * What the crm.status.* methods share: the `id` parameter, who may call them and the rows the
 * pages (api-reference/crm/status/ in bitrix24/b24restdocs, ru and en) give alike. The pages' code
 * column prints `400` for rows whose wire `error` is empty; it is the HTTP status, so the rows keep
 * code '' (the add page's own table says "Empty value" for the same texts).
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Spec = MethodSpecInput

/** The directory item id, read as `ID` then `id` and cast like PHP's (int). */
export const statusIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор элемента справочника.', en: 'The directory item ID.' },
  sources: ['crm.status.list', 'crm.status.add'],
  invalidError: 'invalidId',
} as const satisfies Spec['params'][number]

/** The id as crm.status.get reads it: its page lists no row for a bad id, so none is named. */
export function getStatusIdWithoutRow(): Spec['params'][number] {
  const { invalidError: _row, ...param } = statusIdParam
  return param
}

/** The CRUD family and its fields, as the pages link them (the spec's own name is left out). */
export function listStatusSiblings(method: string): string[] {
  return ['crm.status.fields', 'crm.status.list', 'crm.status.get', 'crm.status.add', 'crm.status.update', 'crm.status.delete'].filter(
    (name) => name !== method,
  )
}

/** Who may change the directories: a CRM administrator (the pages of add, update and delete). */
export function createStatusAdminAccess(permission: 'add' | 'update' | 'delete'): Spec['access'] {
  return {
    entity: 'status',
    permission,
    description: { ru: 'администратор CRM', en: 'a CRM administrator' },
    deniedError: 'accessDenied',
  }
}

/** Who may read the directories: a user who may read some CRM object (get, list). */
export const statusReadAccess = {
  entity: 'status',
  permission: 'read',
  description: {
    ru: 'пользователь с правом чтения хотя бы одного объекта CRM',
    en: 'a user allowed to read at least one CRM object',
  },
  deniedError: 'accessDenied',
} as const satisfies Spec['access']

/** `Access denied.`, for the user without the right the method needs. */
export function createStatusDeniedRow(ru: string, en: string) {
  return {
    id: 'accessDenied',
    code: '',
    status: 400,
    text: 'Access denied.',
    kind: 'accessDenied',
    when: { ru, en },
  } as const satisfies ErrorRowInput
}

/** `Invalid identifier.`: `id` missing, not a number or not above 0 (update, delete). */
export const statusInvalidIdRow = {
  id: 'invalidId',
  code: '',
  status: 400,
  text: 'Invalid identifier.',
  kind: 'invalidParams',
  when: { ru: '`id` не передан или не является целым числом больше 0', en: '`id` is missing or not an integer above 0' },
} as const satisfies ErrorRowInput

/** `Status is not found.`: no directory item has the id. */
export const statusNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Status is not found.',
  kind: 'notFound',
  when: { ru: 'Элемента справочника с таким `id` нет', en: 'No directory item has this `id`' },
} as const satisfies ErrorRowInput

/**
 * The page prints the HTTP status `400` in its code column; the wire's `error` is empty, so each row
 * (`[id, text]`) is kept with code '' and the check sees it once on each side.
 */
export function keepEmptyStatusCodes(rows: [id: string, text: string][]): DocsDifference[] {
  const reason =
    "the page's code column holds the HTTP status 400; the row is kept with an empty code, as the add page's table gives the same texts"
  return rows.flatMap(([id, text]) => [
    { path: `errors[code 400, text ${text}]`, docs: 'present', reason },
    { path: `errors[${id}]`, docs: '(absent)', reason },
  ])
}
