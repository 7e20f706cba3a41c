/**
 * crm.quote.contact.items.get. Sources: the official page
 * api-reference/crm/quote/contacts/crm-quote-contact-items-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the binding fields of the answer, the error rows; the example reads
 * the bindings of the page's sample answer, which the default store holds.
 * Built as crm.deal.contact.* is (specs/shared/binding-specs.ts); the owner, its default store's
 * bindings and the examples' ids are in specs/shared/binding-families.ts.
 */
import { defineMethod } from '@b24kit/spec'
import { getBindingDocsDifferences } from './shared/binding-docs-differences.js'
import { quoteContact } from './shared/binding-families.js'
import { createBindingItemsGetSpec } from './shared/binding-specs.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod(createBindingItemsGetSpec(quoteContact))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getBindingDocsDifferences('crm.quote.contact.items.get')
