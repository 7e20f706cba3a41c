/**
 * crm.lead.userfield.delete. Sources: the official page
 * api-reference/crm/leads/userfield/crm-lead-userfield-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the error rows. The records lose the field's
 * values with it.
 * The examples read the default store's lead field 397 (UF_CRM_REFERRER); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { leadOwner } from './shared/userfield-owners.js'
import { createUserFieldDeleteSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldDeleteSpec(leadOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.lead.userfield.delete')
