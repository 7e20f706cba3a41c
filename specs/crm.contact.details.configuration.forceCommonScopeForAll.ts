/**
 * crm.contact.details.configuration.forceCommonScopeForAll. Sources: the official page
 * api-reference/crm/contacts/custom-form/crm-contact-details-configuration-force-common-scope-for-all.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the answer, the error rows.
 * Example-backed, built by specs/shared/card-configuration-specs.ts; the layout of the examples is in
 * specs/shared/card-configuration-owners.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getCardDocsDifferences } from './shared/card-configuration-docs-differences.js'
import { contactCard } from './shared/card-configuration-owners.js'
import { createCardForceCommonSpec } from './shared/card-configuration-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createCardForceCommonSpec(contactCard))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getCardDocsDifferences('crm.contact.details.configuration.forceCommonScopeForAll')
