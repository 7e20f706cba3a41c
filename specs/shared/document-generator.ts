/**
 * What the crm.documentgenerator.* methods share: who may call them, the error rows their pages
 * repeat word for word, the id parameter and each group's names. Sources: the official pages
 * api-reference/crm/document-generator/ (numerator/, templates/, documents/) in bitrix24/b24restdocs
 * and bitrix-tools/b24-rest-docs. Every row's status is 400, as each page's sample error answer shows.
 * Plain data, spread into each spec file.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Access = MethodSpecInput['access']

/**
 * The numerator and template pages: a user who may change the document generator's templates. The
 * mock checks the `update` right on `documentTemplate` and answers the pages' own refusal row.
 */
export const templateEditorAccess = {
  entity: 'documentTemplate',
  permission: 'update',
  description: {
    ru: 'пользователь с правом на изменение шаблонов генератора документов',
    en: 'a user allowed to change document generator templates',
  },
  deniedError: 'templatesForbidden',
} as const satisfies Access

/**
 * The document pages: a user with the `read` (get, list) or `update` (the rest) right on generated
 * documents; `deniedError` is the row the page gives for a caller without it.
 */
export function createDocumentAccess(permission: 'read' | 'update', deniedError: string): Access {
  return {
    entity: 'document',
    permission,
    description:
      permission === 'read'
        ? { ru: 'пользователь с правом на просмотр документов', en: 'a user allowed to view documents' }
        : { ru: 'пользователь с правом на изменение документов', en: 'a user allowed to change documents' },
    deniedError,
  }
}

/** `You do not have permissions to modify templates`: the caller may not change templates. */
export const templatesForbiddenRow = {
  id: 'templatesForbidden',
  code: '',
  status: 400,
  text: 'You do not have permissions to modify templates',
  kind: 'accessDenied',
  when: { ru: 'У пользователя нет права на изменение шаблонов', en: 'The user may not change templates' },
} as const satisfies ErrorRowInput

/** `DOCGEN_ACCESS_ERROR`: the record is out of the caller's reach (numerators: only those made through REST). */
export function createDocgenAccessRow(ru: string, en: string) {
  return {
    id: 'docgenAccessError',
    code: 'DOCGEN_ACCESS_ERROR',
    status: 400,
    text: 'Access denied',
    kind: 'accessDenied',
    when: { ru, en },
  } as const satisfies ErrorRowInput
}

/** `Module documentgenerator is not installed`: the portal lacks the document generator. */
export const moduleMissingRow = {
  id: 'moduleMissing',
  code: '',
  status: 400,
  text: 'Module documentgenerator is not installed',
  kind: 'invalidRequest',
  when: { ru: 'На портале нет модуля генератора документов', en: 'The portal has no document generator module' },
} as const satisfies ErrorRowInput

/** Code 100 `Could not find value for parameter {name}`: a required parameter is missing. */
export function createMissingParamRow(id: string, name: string) {
  return {
    id,
    code: '100',
    status: 400,
    text: `Could not find value for parameter {${name}}`,
    kind: 'invalidParams',
    when: { ru: `Не передан обязательный параметр \`${name}\``, en: `The required \`${name}\` parameter is missing` },
  } as const satisfies ErrorRowInput
}

/** Code 100 `Invalid value {...} ... Should be value of type array.`: `fields` is not an object. */
export const fieldsNotArrayRow = {
  id: 'fieldsNotArray',
  code: '100',
  status: 400,
  text: 'Invalid value {...} to match with parameter {fields}. Should be value of type array.',
  kind: 'invalidParams',
  when: { ru: '`fields` передан не объектом', en: '`fields` is not an object' },
} as const satisfies ErrorRowInput

/** Code 100 `Could not construct parameter {name}`: no record has the given id. */
export function createNotConstructedRow(name: string, ru: string, en: string) {
  return {
    id: 'notFound',
    code: '100',
    status: 400,
    text: `Could not construct parameter {${name}}`,
    kind: 'notFound',
    when: { ru, en },
  } as const satisfies ErrorRowInput
}

/** Code 100: the portal failed to build its numerator object (an internal fault). */
export const numeratorFaultRow = {
  id: 'numeratorFault',
  code: '100',
  status: 400,
  text: 'Bitrix\\Main\\Numerator\\Numerator constructor must be is public',
  kind: 'serverError',
  when: { ru: 'Внутренняя ошибка при создании нумератора', en: 'An internal fault while building the numerator' },
} as const satisfies ErrorRowInput

/** The `id` parameter of a numerator, template or document, read as `id` then `ID`. */
export function createDocgenIdParam(ru: string, en: string, sources: string[]) {
  return {
    name: 'id',
    type: 'integer',
    required: true,
    spellings: ['ID', 'id'],
    coercion: 'php-int',
    minimum: 1,
    description: { ru, en },
    sources,
  } as const satisfies MethodSpecInput['params'][number]
}

const groups = {
  numerator: ['add', 'update', 'get', 'list', 'delete'],
  template: ['add', 'update', 'get', 'list', 'delete', 'getfields'],
} as const

/** The other methods of the numerator or template group, for a spec's `related` (the spec's own name left out). */
export function listDocgenSiblings(method: string): string[] {
  const [, , group = '', own] = method.split('.')
  const names = groups[group as keyof typeof groups] ?? []
  return names.filter((name) => name !== own).map((name) => `crm.documentgenerator.${group}.${name}`)
}

/** The delete pages type their result `null`, which the importer does not map; the specs say `null` too. */
export const nullResultType: DocsDifference = {
  path: 'result.type',
  docs: 'null',
  reason: 'the page types the result `null`, which the importer does not map; the spec says `null` too',
}

type Localized = { ru: string; en: string }

/**
 * The `select`, `filter`, `order` and `start` of the template and document lists: 50 a page, and
 * the same filter prefixes. `selectNote` and `filterNote` add what each page says of its own fields.
 */
export function createDocgenListParams(selectNote: Localized, filterNote: Localized): MethodSpecInput['params'] {
  return [
    {
      name: 'select',
      type: 'array',
      required: false,
      items: { type: 'string' },
      default: ['*'],
      description: {
        ru: `Поля в ответе: \`*\` или список. ${selectNote.ru}`,
        en: `The fields to answer: \`*\` or a list. ${selectNote.en}`,
      },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      description: {
        ru: `Фильтр: поле -> значение, с префиксами \`>=\`, \`>\`, \`<=\`, \`<\`, \`@\`, \`!@\`, \`=\`, \`!=\`. ${filterNote.ru}`,
        en: `The filter: field -> value, with the prefixes \`>=\`, \`>\`, \`<=\`, \`<\`, \`@\`, \`!@\`, \`=\`, \`!=\`. ${filterNote.en}`,
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы (по 50): `next` предыдущего ответа.',
        en: 'The offset of the page (50 a page): the `next` of the previous answer.',
      },
    },
  ]
}
