/**
 * What the crm.address.* methods share: the error rows, who may call them, the field list and the
 * family's names, as the official pages (api-reference/crm/requisites/addresses/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs) give them; the texts are ours.
 *
 * An address has no id of its own: it is found by its type, owner type and owner id together
 * (`TYPE_ID`, `ENTITY_TYPE_ID`, `ENTITY_ID`). The mock's record operations find records by one id
 * parameter, so the family is example-backed: each method answers its page's example.
 * The tables print the server texts without the final period the sample error answers carry.
 */
import type { ErrorRowInput } from '@b24kit/spec'
import { createAccessDeniedRow } from './contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './docs-differences.js'
import { type Field, field, readOnly } from './field.js'
import { createOwnerRow } from './requisite-method.js'

/** The address family, for each spec's `related` (the spec's own name is left out). */
export function listAddressSiblings(method: string): string[] {
  return ['add', 'update', 'list', 'delete', 'fields'].map((action) => `crm.address.${action}`).filter((name) => name !== method)
}

/** Who may call a write method: the given right on the owner of the address (text only: the owner varies). */
export function createAddressAccess(ru: string, en: string) {
  return {
    description: {
      ru: `пользователь с правом «${ru}» контакта, компании или лида, которому принадлежит адрес`,
      en: `a user with the "${en}" permission on the contact, company or lead owning the address`,
    },
  }
}

/** The three key rows of add, update and delete: the type, the owner type and the owner id. */
export const addressKeyRows = [
  createOwnerRow('invalidTypeId', 'TYPE_ID', 'тип адреса', 'the address type'),
  createOwnerRow('invalidEntityTypeId', 'ENTITY_TYPE_ID', 'тип владельца', 'the owner type'),
  createOwnerRow('invalidEntityId', 'ENTITY_ID', 'владелец', 'the owner'),
] as const

/** `TypeAddress not found.`: the owner has no address of that type (update, delete). */
export const addressNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'TypeAddress not found.',
  kind: 'notFound',
  when: { ru: 'У владельца нет адреса этого типа', en: 'The owner has no address of this type' },
} as const satisfies ErrorRowInput

/** `Access denied.` with the action the user may not take. */
export const createAddressDeniedRow = (ru: string, en: string) =>
  createAccessDeniedRow(`У пользователя нет права ${ru} адреса`, `The user may not ${en} the address`)

/**
 * What the address pages print differently from the spec: their error tables put the server's text
 * in the code column (without the final period), while the sample error answers send it as
 * `error_description` with an empty `error`; and they name the owner's permission in prose, which the
 * mock cannot check for an owner the call picks, so the access rule is text only. `rows` maps each
 * row id to the table's text; the key rows are added where `withKeyRows` (add, update, delete).
 */
export function explainAddressPage(permission: string, rows: Record<string, string>, withKeyRows = true): DocsDifference[] {
  const keyRows = {
    invalidTypeId: 'TYPE_ID is not defined or invalid',
    invalidEntityTypeId: 'ENTITY_TYPE_ID is not defined or invalid',
    invalidEntityId: 'ENTITY_ID is not defined or invalid',
  }
  const tableRows = { ...(withKeyRows ? keyRows : {}), accessDenied: 'Access denied', ...rows }
  return [
    {
      path: 'access.permission',
      docs: permission,
      reason: "the right is checked on the address's owner, a contact, company, lead or requisite the call names; the rule stays text only",
    },
    ...keepTextsFromCodeColumn(tableRows),
  ]
}

/** The address fields, as crm.address.fields lists them (crm-address-fields.md); titles are ours. */
export const addressFields: Field[] = [
  field('TYPE_ID', 'integer', 'Тип адреса', 'Address type', { isRequired: true, isImmutable: true }),
  field('ENTITY_TYPE_ID', 'integer', 'Тип владельца', 'Owner type', { isRequired: true, isImmutable: true }),
  field('ENTITY_ID', 'integer', 'Владелец', 'Owner', { isRequired: true, isImmutable: true }),
  field('ADDRESS_1', 'string', 'Улица, дом', 'Street and building'),
  field('ADDRESS_2', 'string', 'Квартира, офис', 'Flat or office'),
  field('CITY', 'string', 'Город', 'City'),
  field('POSTAL_CODE', 'string', 'Почтовый индекс', 'Postal code'),
  field('REGION', 'string', 'Район', 'Region'),
  field('PROVINCE', 'string', 'Область', 'Province'),
  field('COUNTRY', 'string', 'Страна', 'Country'),
  field('COUNTRY_CODE', 'string', 'Код страны', 'Country code'),
  field('LOC_ADDR_ID', 'integer', 'Адрес в модуле местоположений', 'Location address'),
  field('ANCHOR_TYPE_ID', 'integer', 'Тип основного владельца', 'Anchor owner type', readOnly),
  field('ANCHOR_ID', 'integer', 'Основной владелец', 'Anchor owner', readOnly),
]
