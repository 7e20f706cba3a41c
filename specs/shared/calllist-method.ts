/**
 * What the crm.calllist.* methods share, as the official pages (api-reference/crm/call-list/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs) give them: the parameters of add and update,
 * who may call them, and the error rows several pages list with the same server text.
 *
 * The mock answers every method of the family from its examples. A call list's values are sent as
 * top-level params (`ENTITY_TYPE`, `ENTITIES`, `WEBFORM_ID`), not as a `fields` object the model's
 * add and update operations read, and its members come back through crm.calllist.items.get with a
 * call status, which the relation kind does not hold; a stateful get or list beside an
 * example-backed add would answer lists that add never made.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { createErrorRow } from './item-method.js'

type Spec = MethodSpecInput

/** The family, for each spec's `related` (the spec's own name is left out). */
export function listCallListSiblings(method: string): string[] {
  return ['add', 'get', 'items.get', 'list', 'statuslist', 'update'].map((m) => `crm.calllist.${m}`).filter((name) => name !== method)
}

/** Who may call most methods: the page gives a text rule, no entity permission the mock checks. */
export const callListReadAccess: Spec['access'] = {
  description: {
    ru: 'пользователь с правом на чтение объектов CRM',
    en: 'a user allowed to read CRM objects',
  },
}

/** The call list id, under the name the method reads (`ID` for get, `LIST_ID` for the others). */
export function createCallListIdParam(name: 'ID' | 'LIST_ID'): Spec['params'][number] {
  return {
    name,
    type: 'integer',
    required: true,
    description: { ru: 'Идентификатор обзвона.', en: 'The call list ID.' },
    sources: ['crm.calllist.add', 'crm.calllist.list'],
  }
}

/**
 * A call list as get and list answer it, every value a string; get answers every property, list the
 * ones `SELECT` asked for.
 */
export function createCallListProperties(required: boolean) {
  const property = (name: string, ru: string, en: string) => ({ name, type: 'string' as const, required, description: { ru, en } })
  return [
    property('ID', 'Идентификатор обзвона', 'The call list ID'),
    property('DATE_CREATE', 'Когда создан, `YYYY-MM-DD HH:MM:SS`', 'Created on, `YYYY-MM-DD HH:MM:SS`'),
    property('CREATED_BY_ID', 'Кем создан', 'Created by'),
    property('WEBFORM_ID', 'CRM-форма', 'The CRM form'),
    property('ENTITY_TYPE_ID', 'Тип участников: 3 (контакт) или 4 (компания)', "The members' type: 3 (contact) or 4 (company)"),
    property('ENTITY_TYPE', '`CONTACT` или `COMPANY`', '`CONTACT` or `COMPANY`'),
  ]
}

/** `ENTITY_TYPE`, `ENTITIES` and `WEBFORM_ID` of add and update. */
export function createCallListMemberParams(entitiesNote: { ru: string; en: string }): Spec['params'] {
  return [
    {
      name: 'ENTITY_TYPE',
      type: 'string',
      required: true,
      enum: [{ value: 'CONTACT' }, { value: 'COMPANY' }],
      description: { ru: 'Тип участников: `CONTACT` или `COMPANY`.', en: "The members' type: `CONTACT` or `COMPANY`." },
    },
    {
      name: 'ENTITIES',
      type: 'array',
      required: true,
      items: { type: 'integer' },
      description: entitiesNote,
    },
    {
      name: 'WEBFORM_ID',
      type: 'integer',
      required: false,
      description: {
        ru: 'CRM-форма, которую показывает форма звонка.',
        en: 'The CRM form the call form shows.',
      },
    },
  ]
}

/** `ERROR_ARGUMENT` for a required param left out: the server names it (`LIST_ID is not found`). */
export function createMissingParamRow(param: string) {
  const id = `${param.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}Missing`
  return createErrorRow(
    id,
    'ERROR_ARGUMENT',
    `${param} is not found`,
    'invalidParams',
    `Не передан \`${param}\``,
    `\`${param}\` is missing`,
  )
}

export const entitiesNotArrayRow = createErrorRow(
  'entitiesNotArray',
  'ENTITIES_ERROR',
  'Entities is not array',
  'invalidParams',
  'В `ENTITIES` передан не массив',
  '`ENTITIES` is not an array',
)

export const webformRow = createErrorRow(
  'webformInvalid',
  'WEBFORM_ERROR',
  'Incorrect webform id',
  'invalidParams',
  'В `WEBFORM_ID` указана несуществующая CRM-форма',
  '`WEBFORM_ID` names no CRM form',
)

/**
 * The page's table puts the texts of several missing params in one `ERROR_ARGUMENT` row; the spec
 * gives each its own row, as the server sends one text a call.
 */
export function keepSplitMissingRows(params: string[], rows: readonly ErrorRowInput[]): DocsDifference[] {
  const reason = 'the table lists the texts of several missing params in one cell; the server sends one of them, so each is its own row'
  const joined = params.map((p) => `${p} is not found`).join(', ')
  return [
    { path: `errors[code ERROR_ARGUMENT, text ${joined}]`, docs: 'present', reason },
    ...rows.filter((r) => r.code === 'ERROR_ARGUMENT').map((r) => ({ path: `errors[${r.id}]`, docs: '(absent)', reason })),
  ]
}

/** The pages' read rule is about CRM objects in general, so the spec names no entity permission. */
export const keepTextAccess: DocsDifference = {
  path: 'access.permission',
  docs: 'read',
  reason:
    "the page's rule is read access to CRM objects in general, not to one entity's; the spec keeps it as text and the mock checks no entity permission",
}
