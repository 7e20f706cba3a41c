/**
 * crm.lead.userfield.list. Sources: the official page
 * api-reference/crm/leads/userfield/crm-lead-userfield-list.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `filter` (exact match on the listed keys; `LANG` picks the labels'
 * language), `order` (SORT then ID by default), the answer, the error rows. Without `LANG` the rows
 * carry no labels.
 * The examples read the default store's lead field 397 (UF_CRM_REFERRER); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { leadOwner } from './shared/userfield-owners.js'
import { createUserFieldListSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldListSpec(leadOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.lead.userfield.list')
