/**
 * crm.deal.userfield.get. Sources: the official page
 * api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the answer's shape (numbers as strings, labels as language maps, an enumeration's
 * `LIST`), the error rows. The mock keeps labels for its portal languages (ru, en) and any sent,
 * where the page's portal holds sixteen.
 * The examples read the default store's deal field 398 (UF_CRM_DELIVERY_NOTE).
 *
 * The deal pages put 403 in the code column of `Access denied`; their sample error answer is HTTP 400
 * with an empty code, as on the contact pages, so the row stays 400.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { dealOwner } from './shared/userfield-method.js'
import { createUserFieldGetSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldGetSpec(dealOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.deal.userfield.get')
