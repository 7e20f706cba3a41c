/**
 * crm.item.details.configuration.reset. Sources: the official page
 * api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `scope`, `userId`, `entityTypeId`, `extras`, the answer, the error rows.
 * Example-backed, built by specs/shared/card-configuration-specs.ts; the layout of the examples is in
 * specs/shared/card-configuration-owners.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getCardDocsDifferences } from './shared/card-configuration-docs-differences.js'
import { itemCard } from './shared/card-configuration-owners.js'
import { createCardResetSpec } from './shared/card-configuration-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createCardResetSpec(itemCard))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getCardDocsDifferences('crm.item.details.configuration.reset')
