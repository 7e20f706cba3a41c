/**
 * What the crm.deal.contact.* methods share: the deal id, a binding's fields, the error rows and the
 * `related` list. Facts from the official pages api-reference/crm/deals/contacts/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs (parameter names and types, the server texts,
 * the binding fields); the texts are ours. The pages print the same row with or without quotes and
 * final period from page to page, so each spec passes the text its own page gives.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'

type ParamInput = MethodSpecInput['params'][number]

/** The deal whose bindings are read or written: `ID` then `id`, cast like PHP's (int). */
export const dealIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор сделки.', en: 'The deal ID.' },
  sources: ['crm.deal.list', 'crm.deal.add'],
  invalidError: 'invalidOwner',
} as const satisfies ParamInput

/** The fields of one binding, as add and items.set take them. */
export const bindingProperties = [
  {
    name: 'CONTACT_ID',
    type: 'integer',
    required: true,
    description: { ru: 'Идентификатор привязываемого контакта.', en: 'The ID of the contact to bind.' },
  },
  {
    name: 'IS_PRIMARY',
    type: 'string',
    enum: [{ value: 'Y' }, { value: 'N' }],
    description: {
      ru: 'Главная ли это привязка: `Y` или `N`. Главной всегда бывает ровно одна привязка сделки.',
      en: 'Whether this is the primary binding: `Y` or `N`. A deal always has exactly one primary binding.',
    },
  },
  {
    name: 'SORT',
    type: 'integer',
    description: { ru: 'Индекс сортировки привязки.', en: 'The sort index of the binding.' },
  },
] as const satisfies NonNullable<ParamInput['properties']>

/** `The parameter ownerEntityID is invalid or not defined.`, spelled as the method's page prints it. */
export function createInvalidOwnerRow(text: string) {
  return {
    id: 'invalidOwner',
    code: '',
    status: 400,
    text,
    kind: 'invalidParams',
    when: {
      ru: 'Параметр `id` не передан либо не является целым числом больше 0',
      en: 'The `id` parameter is missing, or is not an integer greater than 0',
    },
  } as const satisfies ErrorRowInput
}

/** The two access rows: the user lacks the deal permission (empty code), or may not touch this deal. */
export function createAccessRows(permission: { ru: string; en: string }, text = 'Access denied.') {
  return [
    {
      id: 'accessDenied',
      code: '',
      status: 400,
      text,
      kind: 'accessDenied',
      when: { ru: `У пользователя нет права ${permission.ru} сделок`, en: `The user lacks the ${permission.en} permission on deals` },
    },
    {
      id: 'dealAccessDenied',
      code: 'ACCESS_DENIED',
      status: 400,
      text: 'Access denied!',
      kind: 'accessDenied',
      when: {
        ru: 'Права пользователя не распространяются на эту сделку',
        en: "The user's permissions do not reach this particular deal",
      },
    },
  ] as const satisfies ErrorRowInput[]
}

/** `Not found.`: no deal has the id. */
export function createDealNotFoundRow(text = 'Not found.') {
  return {
    id: 'notFound',
    code: '',
    status: 400,
    text,
    kind: 'notFound',
    when: { ru: 'Сделки с переданным `id` нет', en: 'No deal has the given `id`' },
  } as const satisfies ErrorRowInput
}

/** `The parameter 'fields' is not valid.`: the binding lacks a contact id greater than 0. */
export const invalidBindingRow = {
  id: 'invalidBinding',
  code: '',
  status: 400,
  text: "The parameter 'fields' is not valid.",
  kind: 'invalidParams',
  when: {
    ru: 'В `fields` нет `CONTACT_ID` либо он не больше 0',
    en: '`fields` has no `CONTACT_ID`, or it is not greater than 0',
  },
} as const satisfies ErrorRowInput

/** The family's methods, each page links the others. */
export const dealContactMethods = [
  'crm.deal.contact.add',
  'crm.deal.contact.delete',
  'crm.deal.contact.fields',
  'crm.deal.contact.items.get',
  'crm.deal.contact.items.set',
  'crm.deal.contact.items.delete',
] as const

/** The other methods of the family, for one method's `related`. */
export const getRelatedDealContactMethods = (method: string): string[] => dealContactMethods.filter((m) => m !== method)

/** The binding rows of deal 1875 in the default store, as crm.deal.contact.items.get answers them. */
export const deal1875Bindings = [
  { CONTACT_ID: 55, SORT: 100, ROLE_ID: 0, IS_PRIMARY: 'Y' },
  { CONTACT_ID: 54, SORT: 200, ROLE_ID: 0, IS_PRIMARY: 'N' },
  { CONTACT_ID: 56, SORT: 400, ROLE_ID: 0, IS_PRIMARY: 'N' },
]
