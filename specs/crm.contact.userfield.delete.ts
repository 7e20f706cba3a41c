/**
 * crm.contact.userfield.delete. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the error rows. The records lose the field's
 * values with it.
 * The examples read the default store's contact field 399 (UF_CRM_HELLO_WORLD, the name the get page reads).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { getUserFieldDocsDifferences } from './shared/userfield-docs-differences.js'
import { contactOwner } from './shared/userfield-method.js'
import { createUserFieldDeleteSpec } from './shared/userfield-specs.js'

export default defineMethod(createUserFieldDeleteSpec(contactOwner))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = getUserFieldDocsDifferences('crm.contact.userfield.delete')
