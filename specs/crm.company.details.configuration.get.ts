/**
 * crm.company.details.configuration.get. Sources: the official page
 * api-reference/crm/companies/custom-form/crm-company-details-configuration-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `scope`, `userId`, the answer (the card's sections and their fields), the
 * error rows.
 * Example-backed, built by specs/shared/card-configuration-specs.ts; the layout of the examples is in
 * specs/shared/card-configuration-owners.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getCardDocsDifferences } from './shared/card-configuration-docs-differences.js'
import { companyCard } from './shared/card-configuration-owners.js'
import { createCardGetSpec } from './shared/card-configuration-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createCardGetSpec(companyCard))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getCardDocsDifferences('crm.company.details.configuration.get')
