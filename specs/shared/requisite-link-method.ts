/**
 * What the crm.requisite.link.* methods share: the owner parameters, rows, access and field list,
 * as the official pages (api-reference/crm/requisites/links/ in bitrix24/b24restdocs and
 * bitrix-tools/b24-rest-docs) give them; the texts are ours. A link ties a deal, quote or invoice
 * (the object) to the client's requisite and bank detail and to your company's.
 *
 * A link is keyed by its object's type and id together, which the mock's record operations cannot
 * find by (one id parameter), so the family is example-backed: each method answers its page's
 * example. The tables print the server's texts in the code column (keepTextsFromCodeColumn).
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { type Field, field } from './field.js'
import { createOwnerRow } from './requisite-method.js'

/** The link family, for each spec's `related` (the spec's own name is left out). */
export function listLinkSiblings(method: string): string[] {
  return ['register', 'get', 'list', 'unregister', 'fields']
    .map((action) => `crm.requisite.link.${action}`)
    .filter((name) => name !== method)
}

/** A row for a missing or bad id the call or its `fields` must carry (the requisite pages' owner row shape). */
export const createLinkIdRow = createOwnerRow

/** The object rows of get and unregister, for the camelCase `entityTypeId` and `entityId`. */
export const linkObjectRows = [
  createLinkIdRow('invalidEntityTypeId', 'entityTypeId', 'тип объекта', 'the object type'),
  createLinkIdRow('invalidEntityId', 'entityId', 'объект', 'the object'),
] as const

/** `entityTypeId` and `entityId` of get and unregister: the object whose link the call reads or removes. */
export const linkObjectParams = [
  {
    name: 'entityTypeId',
    type: 'integer',
    required: true,
    coercion: 'php-int',
    minimum: 1,
    description: {
      ru: 'Тип объекта: 2 сделка, 7 предложение, 31 счет или тип смарт-процесса.',
      en: 'The object type: 2 deal, 7 quote, 31 invoice, or a smart process type.',
    },
    invalidError: 'invalidEntityTypeId',
  },
  {
    name: 'entityId',
    type: 'integer',
    required: true,
    coercion: 'php-int',
    minimum: 1,
    description: { ru: 'Идентификатор объекта.', en: 'The object ID.' },
    invalidError: 'invalidEntityId',
  },
] as const satisfies MethodSpecInput['params']

/** Who may call a method: the given right on the object the link belongs to (text only: the object varies). */
export function createLinkAccess(ru: string, en: string) {
  return {
    description: {
      ru: `пользователь с правом «${ru}» объекта CRM, к которому относится связь`,
      en: `a user with the "${en}" permission on the CRM object the link belongs to`,
    },
  }
}

/** The link fields, as crm.requisite.link.fields lists them; titles are ours. */
export const linkFields: Field[] = [
  field('ENTITY_TYPE_ID', 'integer', 'Тип объекта', 'Object type', { isRequired: true, isImmutable: true }),
  field('ENTITY_ID', 'integer', 'Объект', 'Object', { isRequired: true, isImmutable: true }),
  field('REQUISITE_ID', 'integer', 'Реквизит клиента', "Client's requisite", { isRequired: true }),
  field('BANK_DETAIL_ID', 'integer', 'Банковский реквизит клиента', "Client's bank detail", { isRequired: true }),
  field('MC_REQUISITE_ID', 'integer', 'Реквизит вашей компании', "Your company's requisite", { isRequired: true }),
  field('MC_BANK_DETAIL_ID', 'integer', 'Банковский реквизит вашей компании', "Your company's bank detail", { isRequired: true }),
]

/** The pages name the object's permission; the mock cannot check it on an object the call picks, so the rule is text only. */
export const createLinkAccessDifference = (permission: string): DocsDifference => ({
  path: 'access.permission',
  docs: permission,
  reason: 'the right is checked on the deal, quote, invoice or smart process item the call names; the rule stays text only',
})
