/**
 * What the crm.currency.* methods share, as the official pages (api-reference/crm/currency/ in
 * bitrix24/b24restdocs, ru and en) give them. The family is example-backed: a currency's key is its
 * code (`USD`), and the mock's record operations read numeric ids. crm.currency.add, .get and
 * .base.get are not specified yet (the importer's model lacks their shapes), so `related` leaves them out.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Access = MethodSpecInput['access']

/** Who may read currencies: a user with access to the CRM settings. */
export const currencyReadAccess = {
  description: { ru: 'пользователь с доступом к настройкам CRM', en: 'a user with access to the CRM settings' },
  deniedError: 'accessDenied',
} as const satisfies Access

/** Who may change currencies: a user allowed to change the CRM settings. */
export const currencyWriteAccess = {
  description: { ru: 'пользователь с правом менять настройки CRM', en: 'a user allowed to change the CRM settings' },
  deniedError: 'accessDenied',
} as const satisfies Access

/** The methods this tree has; the pages also link crm.currency.add, .get and .base.get. */
const specified = new Set([
  'crm.currency.list',
  'crm.currency.update',
  'crm.currency.delete',
  'crm.currency.fields',
  'crm.currency.base.set',
  'crm.currency.localizations.get',
  'crm.currency.localizations.set',
  'crm.currency.localizations.delete',
  'crm.currency.localizations.fields',
])

/** The names of a page's links that the tree has. */
export function keepExisting(names: string[]): string[] {
  return names.filter((name) => specified.has(name))
}

/** The currency records' methods as the pages link them (the spec's own name is left out). */
export function listCurrencySiblings(method: string): string[] {
  return keepExisting(['crm.currency.list', 'crm.currency.update', 'crm.currency.delete', 'crm.currency.fields']).filter(
    (n) => n !== method,
  )
}

/** The localization methods as their pages link them (the spec's own name is left out). */
export function listLocalizationSiblings(method: string): string[] {
  return [
    'crm.currency.localizations.get',
    'crm.currency.localizations.set',
    'crm.currency.localizations.delete',
    'crm.currency.localizations.fields',
  ].filter((n) => n !== method)
}

/**
 * The pages name the CRM settings right (read or change it); the example-backed mock keeps no such
 * right per user, so the rule stays as text.
 */
export function keepSettingsPermission(permission: string): DocsDifference[] {
  return [
    {
      path: 'access.permission',
      docs: permission,
      reason: 'the CRM settings right is not a record permission the mock checks; the rule stays as text',
    },
  ]
}

/** The page's links to methods the tree does not have yet (crm.currency.add, .get, .base.get). */
export function keepUnspecifiedLinks(names: string[]): DocsDifference[] {
  return names.map((name) => ({
    path: `related.${name}`,
    docs: 'present',
    reason: 'no spec describes this method yet; `related` links only methods the tree has',
  }))
}
