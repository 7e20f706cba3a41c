/**
 * crm.requisite.userfield.delete. Sources: the official page
 * api-reference/crm/requisites/user-fields/crm-requisite-userfield-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the
 * answer and the error rows, which are the requisite pages' own (specs/shared/requisite-userfield.ts).
 * Built as the other owners' custom field methods are (specs/shared/userfield-specs.ts); the
 * examples read the default store's requisite field 235 (UF_CRM_NEWTECH_V1_STRING).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getRequisiteUserFieldDifferences, requisiteOwner } from './shared/requisite-userfield.js'
import { createUserFieldDeleteSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldDeleteSpec(requisiteOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getRequisiteUserFieldDifferences('delete')
