/**
 * What the crm.automatedsolution.* methods share: the record in camelCase, the `id` parameter, who
 * may call them and the error rows, as the official pages (api-reference/crm/automated-solution/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs) give them. The server texts are the pages'
 * sample error answers, per language.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepOwnLink } from './item-docs-differences.js'
import { createErrorRow } from './item-method.js'

type Spec = MethodSpecInput

/** A workplace record, answered in camelCase. */
export const automatedSolutionRecord = { entity: 'automatedSolution', naming: 'camel' } as const

/** The workplace id (not the `customSection` id crm.type.get answers). */
export const automatedSolutionIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  description: {
    ru: 'Идентификатор цифрового рабочего места (не `id` из `customSection` метода `crm.type.get`).',
    en: 'The digital workplace ID (not the `customSection` id of `crm.type.get`).',
  },
  sources: ['crm.automatedsolution.list', 'crm.automatedsolution.add'],
} as const satisfies Spec['params'][number]

/** Every method of the family is for CRM administrators. */
export function createAutomatedSolutionAccess(permission: 'read' | 'add' | 'update' | 'delete'): Spec['access'] {
  return {
    entity: 'automatedSolution',
    permission,
    description: { ru: 'пользователь с административным доступом к CRM', en: 'a user with administrative access to CRM' },
    deniedError: 'accessDenied',
  }
}

export const automatedSolutionDeniedRow = createErrorRow(
  'accessDenied',
  'ACCESS_DENIED',
  { ru: 'Недостаточно прав', en: 'Insufficient permissions' },
  'accessDenied',
  'У пользователя нет административного доступа к CRM',
  'The user has no administrative access to CRM',
)

export const automatedSolutionNotFoundRow = createErrorRow(
  'notFound',
  'NOT_FOUND',
  { ru: 'Цифровое рабочее место с таким id не найдено', en: 'Digital workplace with such id not found' },
  'notFound',
  'Цифрового рабочего места с переданным `id` нет',
  'No digital workplace has the given `id`',
)

/** The family, for each spec's `related` (the spec's own name is left out). */
export function listAutomatedSolutionSiblings(method: string): string[] {
  return ['add', 'update', 'get', 'list', 'delete', 'fields']
    .map((verb) => `crm.automatedsolution.${verb}`)
    .filter((name) => name !== method)
}

/** The answer of add, get and update: one workplace in `automatedSolution`. */
export function createAutomatedSolutionResult(ru: string, en: string): Spec['result'] {
  return { type: 'object', wrap: { key: 'automatedSolution' }, record: automatedSolutionRecord, description: { ru, en } }
}

/** `fields` of add and update: `title` and `typeIds`, camelCase. */
export function createAutomatedSolutionFieldsParam(ru: string, en: string): Spec['params'][number] {
  return { name: 'fields', type: 'object', required: true, record: automatedSolutionRecord, description: { ru, en } }
}

/** crm.automatedsolution.get's page links no sibling; the spec links the family as the other pages do. */
export function keepSiblingLinks(method: string): DocsDifference[] {
  return listAutomatedSolutionSiblings(method).map((name) =>
    keepOwnLink(name, 'the page links no sibling method; the spec links the workplace family as its sibling pages do'),
  )
}
