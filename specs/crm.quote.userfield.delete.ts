/**
 * crm.quote.userfield.delete. Sources: the official page
 * api-reference/crm/quote/user-field/crm-quote-user-field-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the error rows. The records lose the field's
 * values with it.
 * The examples read the default store's quote field 395 (UF_CRM_PAYMENT_TERMS); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { quoteOwner } from './shared/userfield-owners.js'
import { createUserFieldDeleteSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldDeleteSpec(quoteOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.quote.userfield.delete')
