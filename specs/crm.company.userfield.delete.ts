/**
 * crm.company.userfield.delete. Sources: the official page
 * api-reference/crm/companies/userfields/crm-company-userfield-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the error rows. The records lose the field's
 * values with it.
 * The examples read the default store's company field 396 (UF_CRM_TAX_OFFICE); the rows are the contact
 * pages' (one REST handler serves every owner), see specs/shared/userfield-specs.ts.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { companyOwner } from './shared/userfield-owners.js'
import { createUserFieldDeleteSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldDeleteSpec(companyOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.company.userfield.delete')
