/**
 * crm.contact.userfield.add. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` and its keys, the name rule (upper case, `UF_CRM_` in front, at most 50 characters,
 * `A-Z0-9_`), the defaults, the list items of an `enumeration`, the answer (the new id), the error
 * rows. The page's sample sends only a LABEL, which the server refuses; the examples send what its
 * cURL tabs send. The first new field of the default store is 400.
 * The examples read the default store's contact field 399 (UF_CRM_HELLO_WORLD, the name the get page reads).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { contactOwner } from './shared/userfield-method.js'
import { createUserFieldAddSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldAddSpec(contactOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.contact.userfield.add')
