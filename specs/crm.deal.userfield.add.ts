/**
 * crm.deal.userfield.add. Sources: the official page
 * api-reference/crm/deals/user-defined-fields/crm-deal-userfield-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` and its keys, the name rule (upper case, `UF_CRM_` in front, at most 50 characters,
 * `A-Z0-9_`), the defaults, the list items of an `enumeration`, the answer (the new id), the error
 * rows. The page's sample sends only a LABEL, which the server refuses; the examples send what its
 * cURL tabs send. The first new field of the default store is 400.
 * The examples read the default store's deal field 398 (UF_CRM_DELIVERY_NOTE).
 *
 * The deal pages print the rows with a final period and the XML_ID row as "List item with value
 * XML_ID=xml_id already exists."; the server's code is the contact family's (one REST handler for
 * both), so the rows are the contact pages' (specs/shared/userfield-specs.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { dealOwner } from './shared/userfield-method.js'
import { createUserFieldAddSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldAddSpec(dealOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.deal.userfield.add')
