/**
 * What the crm.contact.* methods share: the error rows and the `id` parameter, as the official pages
 * (api-reference/crm/contacts/ in bitrix24/b24restdocs) and
 * settings/how-to-call-rest-api/general-principles.md give them. Plain data, spread into each spec file.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'

/** `ID is not defined or invalid.`: `id` missing, not a number, 0 or negative. */
export const invalidIdRow = {
  id: 'invalidId',
  code: '',
  status: 400,
  text: 'ID is not defined or invalid.',
  kind: 'invalidParams',
  when: {
    ru: 'Параметр `id` не передан либо переданное значение не является целым числом больше 0',
    en: 'The `id` parameter is missing, or its value is not an integer greater than 0',
  },
} as const satisfies ErrorRowInput

/** `Access denied.` for a user without the permission the method needs. */
export function createAccessDeniedRow(ru: string, en: string) {
  return {
    id: 'accessDenied',
    code: '',
    status: 400,
    text: 'Access denied.',
    kind: 'accessDenied',
    when: { ru, en },
  } as const satisfies ErrorRowInput
}

/** `Not found`: crm.contact.get and crm.contact.update answer it for an id no contact has. */
export const contactNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Not found',
  kind: 'notFound',
  when: { ru: 'Контакт с переданным `id` не найден', en: 'No contact has the given `id`' },
} as const satisfies ErrorRowInput

/** The contact id, read as `ID` then `id` and cast like PHP's (int). */
export const contactIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор контакта.', en: 'The contact ID.' },
  sources: ['crm.contact.list', 'crm.contact.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** Everything of crm.contact.* is deprecated in favour of crm.item.*. */
export function createDeprecation(replacement: string) {
  return {
    replacement,
    note: {
      ru: `Развитие метода остановлено. Используйте \`${replacement}\`; этот метод по-прежнему работает.`,
      en: `This method is no longer developed. Use \`${replacement}\`; this method still works.`,
    },
  }
}

/** `params.REGISTER_SONET_EVENT` of the UPPER_CASE families' add and update methods. */
export const sonetOptionsParam = {
  name: 'params',
  type: 'object',
  required: false,
  description: {
    ru: 'Набор параметров: `REGISTER_SONET_EVENT` (`Y`/`N`) регистрирует событие в живой ленте.',
    en: 'Options: `REGISTER_SONET_EVENT` (`Y`/`N`) posts the event to the activity stream.',
  },
} as const satisfies MethodSpecInput['params'][number]

/** `filter` and `order` of the UPPER_CASE families' list methods, with the prefixes the mock knows. */
export const listFilterParams = [
  {
    name: 'filter',
    type: 'object',
    required: false,
    description: {
      ru: 'Фильтр: поле -> значение. Префикс ключа задает сравнение: `>=`, `>`, `<=`, `<`, `=`, `!` (не равно), `%` (содержит), `@` (в списке); без префикса: равно.',
      en: 'The filter: field -> value. A key prefix sets the comparison: `>=`, `>`, `<=`, `<`, `=`, `!` (not equal), `%` (contains), `@` (in a list); no prefix: equal.',
    },
  },
  {
    name: 'order',
    type: 'object',
    required: false,
    description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
  },
] as const satisfies MethodSpecInput['params']
