/**
 * What the crm.quote.* methods share: the `id` parameter, the options of add and update and the
 * family's names, as the official pages (api-reference/crm/quote/ in bitrix24/b24restdocs) give them.
 * The rows every UPPER_CASE CRM family shares (`ID is not defined or invalid.`, `Access denied.`, the
 * deprecation in favour of crm.item.*) come from contact-method.ts. Plain data, spread into each spec file.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import { type DocsDifference, keepUnmodelledRows } from './docs-differences.js'

/** The quote id, read as `ID` then `id` and cast like PHP's (int). */
export const quoteIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор предложения.', en: 'The quote ID.' },
  sources: ['crm.quote.list', 'crm.quote.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** The quote family, for each spec's `related` (the spec's own name is left out). */
export function listQuoteSiblings(method: string): string[] {
  return ['crm.quote.add', 'crm.quote.update', 'crm.quote.get', 'crm.quote.list', 'crm.quote.delete', 'crm.quote.fields'].filter(
    (name) => name !== method,
  )
}

/** The rows the crm.quote.add and crm.quote.update pages both list and the specs do not model yet. */
export const quoteWriteRowsNotModelled: DocsDifference[] = keepUnmodelledRows([
  ['', "Parameter 'fields' must be array."],
  ['', "Parameter 'params' must be array."],
])

/** The product-row pages the add, update and delete pages link. */
export const quoteProductRowLinks = ['crm.quote.productrows.set', 'crm.quote.productrows.get']
