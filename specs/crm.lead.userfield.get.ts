/**
 * crm.lead.userfield.get. Sources: the official page
 * api-reference/crm/leads/userfield/crm-lead-userfield-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the answer's shape (numbers as strings, labels as language maps, an enumeration's
 * `LIST`), the error rows. The mock keeps labels for its portal languages (ru, en) and any sent.
 * The examples read the default store's lead field 397 (UF_CRM_REFERRER); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { leadOwner } from './shared/userfield-owners.js'
import { createUserFieldGetSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldGetSpec(leadOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.lead.userfield.get')
