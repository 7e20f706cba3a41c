/**
 * What the crm.activity.todo.* methods share, as the official pages
 * (api-reference/crm/timeline/activities/todo/ in bitrix24/b24restdocs) give them: the flat camelCase
 * parameters (`id`, `ownerTypeId`, `ownerId`), the `{ id }` result, the error rows and who may call
 * them. The methods are example-backed: they take flat parameters rather than a `fields` record and
 * act on the "to-do" activities of a timeline, which the mock's record operations do not model, so the
 * mock checks the parameters and answers the example. Plain data, spread into each spec file.
 * The crm.activity.binding.* and crm.activity.badge.* methods are served by the same kind of REST
 * controller and share `requireParam`, `createTodoRows` and `keepTodoRows`.
 *
 * Error texts: a missing required parameter gets the REST controllers' `Could not find value for
 * parameter {name}` (code 100, as crm.type.add's page gives it); NOT_FOUND the text of the pages'
 * sample error answer; ACCESS_DENIED the text the crm.item.* pages give for the same code. The pages' other rows (OWNER_NOT_FOUND,
 * WRONG_DATETIME_FORMAT, CAN_NOT_UPDATE_*, ERROR_PARENT_ACTIVITY_RESTRICT, INVALID_ARG_VALUE) print no
 * server text, so the specs leave them out until it is known.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Param = MethodSpecInput['params'][number]

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** The row of a missing required parameter `name`. */
function createMissingRow(name: string): ErrorRowInput {
  return {
    id: `missing${capitalize(name)}`,
    code: '100',
    status: 400,
    text: `Could not find value for parameter {${name}}`,
    kind: 'invalidParams',
    when: { ru: `Не передан обязательный параметр \`${name}\``, en: `The required parameter \`${name}\` is missing` },
  }
}

/**
 * A required parameter, answered by its missing row when left out. Integers are cast as PHP's (int)
 * casts them, so `id=999` from a query string or a batch command is the id 999.
 */
export function requireParam(param: Omit<Param, 'required' | 'invalidError'>): Param {
  const cast = param.type === 'integer' ? { coercion: 'php-int' as const } : {}
  return { ...param, ...cast, required: true, invalidError: `missing${capitalize(param.name)}` }
}

/** The to-do's id. */
export const todoIdParam = requireParam({
  name: 'id',
  type: 'integer',
  description: { ru: 'Идентификатор дела.', en: 'The activity ID.' },
  sources: ['crm.activity.todo.add', 'crm.activity.list'],
})

/** The CRM object the to-do is in the timeline of: its type and id. */
export const todoOwnerParams: Param[] = [
  requireParam({
    name: 'ownerTypeId',
    type: 'integer',
    description: {
      ru: 'Тип объекта CRM, к которому привязано дело (2: сделка).',
      en: 'The type of the CRM object the activity belongs to (2: deal).',
    },
  }),
  requireParam({
    name: 'ownerId',
    type: 'integer',
    description: { ru: 'Идентификатор объекта CRM, к которому привязано дело.', en: 'The ID of the CRM object the activity belongs to.' },
  }),
]

/** `colorId`: one of the timeline's eight colours. */
export const todoColorDescription = {
  ru: 'Цвет дела в ленте: от `1` до `7`, без значения цвет по умолчанию.',
  en: 'The colour of the activity in the timeline: `1` to `7`; without it, the default colour.',
}

/** `deadline` and `value` of updateDeadline: a date and time. */
export const todoDeadlineDescription = {
  ru: 'Крайний срок дела, дата и время в формате ISO 8601.',
  en: 'The deadline of the activity, a date and time in ISO 8601.',
}

/**
 * The missing rows of a method's required parameters, then the rows every to-do method answers;
 * `notFoundText` as the page's sample error answer prints it.
 */
export function createTodoRows(required: string[], notFoundText = 'Not found.'): ErrorRowInput[] {
  return [
    ...required.map(createMissingRow),
    {
      id: 'notFound',
      code: 'NOT_FOUND',
      status: 400,
      text: notFoundText,
      kind: 'notFound',
      when: { ru: 'Объект CRM или дело не найдены', en: 'No such CRM object or activity' },
    },
    {
      id: 'accessDenied',
      code: 'ACCESS_DENIED',
      status: 400,
      text: { ru: 'Доступ запрещен', en: 'Access denied' },
      kind: 'accessDenied',
      when: {
        ru: 'У пользователя нет права на изменение объекта CRM',
        en: 'The user may not change the CRM object',
      },
    },
  ]
}

/** Who may call a to-do method: a user who may change the CRM object of the timeline. */
export const todoAccess = {
  description: {
    ru: 'пользователь с правом на изменение объекта CRM, в ленте которого дело',
    en: 'a user allowed to change the CRM object whose timeline holds the activity',
  },
} as const

/** The to-do methods, for each spec's `related` (the spec's own name is left out). */
export function listTodoSiblings(method: string): string[] {
  return [
    'crm.activity.todo.add',
    'crm.activity.todo.update',
    'crm.activity.todo.updateDeadline',
    'crm.activity.todo.updateDescription',
    'crm.activity.todo.updateColor',
    'crm.activity.todo.updateResponsibleUser',
  ].filter((name) => name !== method)
}

/** `{ id }`: the to-do's id, the result of every to-do method. */
export const todoResult = {
  type: 'object',
  properties: [{ name: 'id', type: 'integer', description: { ru: 'Идентификатор дела', en: 'The activity ID' } }],
  description: { ru: 'Объект с идентификатором дела в `id`', en: 'An object with the activity ID in `id`' },
} as const satisfies MethodSpecInput['result']

const unknownText = "the page prints no server text for this code; the spec takes the row once the server's text is known"

/**
 * The differences every to-do spec keeps: the one code-100 row of the page is a row per required
 * parameter here, and the rows without a server text are left out.
 */
export function keepTodoRows(required: string[], codesLeftOut: string[]): DocsDifference[] {
  const reason =
    "the page's one `100` row is the controller's missing-parameter error, whose text names the parameter: one row per required parameter"
  // With one required parameter the page's row and the spec's pair up: nothing to keep.
  const split =
    required.length > 1
      ? [
          { path: 'errors[code 100, text (absent)]', docs: 'present', reason },
          ...required.map((name) => ({ path: `errors[missing${capitalize(name)}]`, docs: '(absent)', reason })),
        ]
      : []
  return [...split, ...keepUnknownCodes(codesLeftOut)]
}

/** The page's rows of these codes, left out until the server's text is known. */
export const keepUnknownCodes = (codes: string[]): DocsDifference[] =>
  codes.map((code) => ({ path: `errors[code ${code}, text (absent)]`, docs: 'present', reason: unknownText }))

/** `pingOffsets`: reminders, in minutes before the deadline. */
const pingOffsetsParam: Param = {
  name: 'pingOffsets',
  type: 'array',
  required: false,
  items: { type: 'integer' },
  description: {
    ru: 'Напоминания: за сколько минут до срока напомнить (`[0, 15]`: в срок и за 15 минут); по умолчанию нет.',
    en: 'Reminders: how many minutes before the deadline to remind (`[0, 15]`: at the deadline and 15 minutes before); none by default.',
  },
}

/**
 * The page's permission is on the CRM object `ownerTypeId` names, which changes per call; an access
 * rule names one entity, so the spec gives the rule as text and ACCESS_DENIED is a row of its own.
 */
export const keepOwnerPermission = (docs: 'add' | 'update' | 'read'): DocsDifference => ({
  path: 'access.permission',
  docs,
  reason:
    'the permission is on the CRM object `ownerTypeId` names, which changes per call; the spec gives the rule as text, ACCESS_DENIED stays a row',
})

/** The optional settings add and update take alike: title, description, responsible user, parent, reminders, colour. */
export const todoOptionalParams: Param[] = [
  {
    name: 'title',
    type: 'string',
    required: false,
    description: { ru: 'Заголовок дела; по умолчанию пустой.', en: 'The title of the activity; empty by default.' },
  },
  {
    name: 'description',
    type: 'string',
    required: false,
    description: { ru: 'Описание дела; по умолчанию пустое.', en: 'The description of the activity; empty by default.' },
  },
  {
    name: 'responsibleId',
    type: 'integer',
    required: false,
    description: { ru: 'Ответственный за дело пользователь.', en: 'The user responsible for the activity.' },
  },
  {
    name: 'parentActivityId',
    type: 'integer',
    required: false,
    description: { ru: 'Дело в ленте, с которым связать это дело.', en: 'The timeline activity to link this one to.' },
  },
  pingOffsetsParam,
  { name: 'colorId', type: 'string', required: false, description: todoColorDescription },
]
