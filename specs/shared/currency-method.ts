/**
 * What the crm.currency.* methods share, as the official pages (api-reference/crm/currency/ in
 * bitrix24/b24restdocs, ru and en) give them. The family is example-backed: a currency's key is its
 * code (`USD`), and the mock's record operations read numeric ids.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Access = MethodSpecInput['access']
type ErrorRowInput = MethodSpecInput['errors'] extends (infer R)[] | undefined ? R : never

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

/** The currency records' methods as the pages link them (the spec's own name is left out). */
export function listCurrencySiblings(method: string): string[] {
  return [
    'crm.currency.add',
    'crm.currency.get',
    'crm.currency.list',
    'crm.currency.update',
    'crm.currency.delete',
    'crm.currency.fields',
  ].filter((n) => n !== method)
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

/** The currency code parameter (`CURRENCY`) of the methods that take one currency. */
export function createCurrencyCodeParam(required: boolean): MethodSpecInput['params'][number] {
  return {
    name: 'id',
    type: 'string',
    required,
    description: { ru: 'Код валюты (`CURRENCY`), например `USD`.', en: 'The currency code (`CURRENCY`), such as `USD`.' },
  }
}

/** The refusal of a user without the CRM settings right; the server sends no code. */
export const currencyDeniedRow = {
  id: 'accessDenied',
  code: '',
  status: 400,
  text: 'Access denied.',
  kind: 'accessDenied',
  when: { ru: 'У пользователя нет права на настройки CRM', en: 'The user has no right to the CRM settings' },
} as const satisfies ErrorRowInput

/** The Currencies module is not installed on the portal. */
export const currencyModuleRow = {
  id: 'moduleMissing',
  code: '',
  status: 400,
  text: {
    ru: 'Модуль "Валюты" не найден! Пожалуйста, установите модуль "Валюты".',
    en: '"Currencies" module not found! Please install the "Currencies" module.',
  },
  kind: 'serverError',
  when: { ru: 'Модуль «Валюты» не установлен на портале', en: 'The Currencies module is not installed on the portal' },
} as const satisfies ErrorRowInput
