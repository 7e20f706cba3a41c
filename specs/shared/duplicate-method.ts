/**
 * What the crm.duplicate.* methods share, as the official pages (api-reference/crm/duplicates/ in
 * bitrix24/b24restdocs, ru and en) give them. The family is example-backed:
 * - crm.duplicate.findbycomm would search the phones and e-mails of leads, contacts and companies,
 *   but its page's example finds contacts 275 and 2297, which the default store does not hold (its
 *   contacts are the ones the contact pages use), so the mock answers the page's example.
 * - the volatile types (extra fields the duplicate search also compares) are portal settings with
 *   no record family of their own, and the pages' ids disagree (register answers 3355, unregister
 *   removes 101).
 */
import type { MethodSpecInput } from '@b24kit/spec'
import { createErrorRow } from './item-method.js'

/** Who may read or change the volatile types: a text-only rule (no record permission to check). */
export const duplicateAdminAccess = {
  description: {
    ru: 'администратор Битрикс24 или администратор CRM',
    en: 'a Bitrix24 administrator or a CRM administrator',
  },
  deniedError: 'accessDenied',
} as const satisfies MethodSpecInput['access']

/** The refusal of every volatile type method to a user who is not an administrator. */
export const duplicateDeniedRow = createErrorRow(
  'accessDenied',
  'ACCESS_DENIED',
  'Access denied',
  'accessDenied',
  'Пользователь не администратор Битрикс24 и не администратор CRM',
  'The user is neither a Bitrix24 administrator nor a CRM administrator',
)

/** The other crm.duplicate.volatileType.* methods, for a spec's `related`. */
export function listVolatileTypeSiblings(self: string): string[] {
  return ['fields', 'list', 'register', 'unregister'].map((m) => `crm.duplicate.volatileType.${m}`).filter((m) => m !== self)
}
