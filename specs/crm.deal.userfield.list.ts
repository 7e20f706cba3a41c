/**
 * crm.deal.userfield.list. Sources: the official page
 * api-reference/crm/deals/user-defined-fields/crm-deal-userfield-list.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `filter` (exact match on the listed keys; `LANG` picks the labels'
 * language), `order` (SORT then ID by default), the answer, the error rows. Without `LANG` the rows
 * carry no labels.
 * The examples read the default store's deal field 398 (UF_CRM_DELIVERY_NOTE).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { dealOwner } from './shared/userfield-method.js'
import { createUserFieldListSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldListSpec(dealOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.deal.userfield.list')
