/**
 * crm.lead.contact.delete. Sources: the official page
 * api-reference/crm/leads/management-communication/crm-lead-contact-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id` and `fields.CONTACT_ID`, the answer (`true`, or `false` for a
 * contact not bound), the error rows.
 * Built as crm.deal.contact.* is (specs/shared/binding-specs.ts); the owner, its default store's
 * bindings and the examples' ids are in specs/shared/binding-families.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getBindingDocsDifferences } from './shared/binding-docs-differences.js'
import { leadContact } from './shared/binding-families.js'
import { createBindingDeleteSpec } from './shared/binding-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createBindingDeleteSpec(leadContact))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getBindingDocsDifferences('crm.lead.contact.delete')
