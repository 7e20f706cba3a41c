/**
 * crm.quote.contact.add. Sources: the official page
 * api-reference/crm/quote/contacts/crm-quote-contact-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id` and `fields` with the binding fields, the answer (`true`, or `false`
 * for a contact already bound), the primary rule, the error rows.
 * Built as crm.deal.contact.* is (specs/shared/binding-specs.ts); the owner, its default store's
 * bindings and the examples' ids are in specs/shared/binding-families.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getBindingDocsDifferences } from './shared/binding-docs-differences.js'
import { quoteContact } from './shared/binding-families.js'
import { createBindingAddSpec } from './shared/binding-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createBindingAddSpec(quoteContact))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getBindingDocsDifferences('crm.quote.contact.add')
