/**
 * crm.lead.userfield.add. Sources: the official page
 * api-reference/crm/leads/userfield/crm-lead-userfield-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` and its keys, the name rule (upper case, `UF_CRM_` in front, at most 50 characters,
 * `A-Z0-9_`), the defaults, the list items of an `enumeration`, the answer (the new id), the error
 * rows. The first new field of the default store is 400.
 * The examples read the default store's lead field 397 (UF_CRM_REFERRER); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { leadOwner } from './shared/userfield-owners.js'
import { createUserFieldAddSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldAddSpec(leadOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.lead.userfield.add')
