/**
 * The relation families built by specs/shared/binding-specs.ts: which owner binds which target, the
 * words their texts need in both languages, and the default store's bindings the documented examples
 * read. Facts from the official pages api-reference/crm/leads/management-communication/,
 * api-reference/crm/quote/contacts/ and api-reference/crm/contacts/company/ in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs.
 */
import type { MockSeedBinding } from './binding-specs.js'

/** One owner-to-target relation family (`crm.lead.contact`) and the words of its texts. */
export interface BindingFamily {
  /** The method prefix (`crm.lead.contact`), the owner entity and the target entity. */
  family: string
  owner: string
  target: string
  /** The key a binding names its target by. */
  key: string
  /** Where the owner's id comes from. */
  idSources: string[]
  /** The owner whose bindings the examples read, and its bindings in the default store. */
  ownerId: number
  seed: MockSeedBinding[]
  /** A target the owner does not have, for add (`true`) and delete (`false`). */
  unboundTargetId: number
  /** The HTTP status of the owner's `Access denied!` row (403 where the page says so). */
  ownerDeniedStatus: number
  ru: {
    /** лида, лиду, лидов, «этот лид». */
    ownerGen: string
    ownerDat: string
    ownersGen: string
    thisOwner: string
    /** контакт, контакта, контакты, контактов. */
    targetAcc: string
    targetGen: string
    targetsAcc: string
    targetsGen: string
  }
  en: { owner: string; owners: string; target: string; targets: string }
}

const contactWords = {
  ru: { targetAcc: 'контакт', targetGen: 'контакта', targetsAcc: 'контакты', targetsGen: 'контактов' },
  en: { target: 'contact', targets: 'contacts' },
}

/** crm.lead.contact.*: the pages work on lead 1 and its contacts 1010 (primary) and 1011. */
export const leadContact: BindingFamily = {
  family: 'crm.lead.contact',
  owner: 'lead',
  target: 'contact',
  key: 'CONTACT_ID',
  idSources: ['crm.lead.list', 'crm.lead.add'],
  ownerId: 1,
  seed: [
    { CONTACT_ID: 1010, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'Y' },
    { CONTACT_ID: 1011, SORT: 20, ROLE_ID: 0, IS_PRIMARY: 'N' },
  ],
  unboundTargetId: 1020,
  ownerDeniedStatus: 400,
  ru: { ownerGen: 'лида', ownerDat: 'лиду', ownersGen: 'лидов', thisOwner: 'этот лид', ...contactWords.ru },
  en: { owner: 'lead', owners: 'leads', ...contactWords.en },
}

/**
 * crm.quote.contact.*: the pages work on quote 113 and its contacts 2649 (primary) and 2647; the
 * examples read them on quote 13, since a quote 113 in the default store would move the id
 * crm.quote.add's example gets (44).
 */
export const quoteContact: BindingFamily = {
  family: 'crm.quote.contact',
  owner: 'quote',
  target: 'contact',
  key: 'CONTACT_ID',
  idSources: ['crm.quote.list', 'crm.quote.add'],
  ownerId: 13,
  seed: [
    { CONTACT_ID: 2649, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'Y' },
    { CONTACT_ID: 2647, SORT: 20, ROLE_ID: 0, IS_PRIMARY: 'N' },
  ],
  unboundTargetId: 2650,
  ownerDeniedStatus: 403,
  ru: { ownerGen: 'предложения', ownerDat: 'предложению', ownersGen: 'предложений', thisOwner: 'это предложение', ...contactWords.ru },
  en: { owner: 'quote', owners: 'quotes', ...contactWords.en },
}

/**
 * crm.contact.company.*: the pages work on contact 54 and its companies 7 (primary), 8 and 9; the
 * examples read them on contact 44, since a contact above 50 would move the id crm.contact.add's
 * example gets (51). The link is the one crm.company.contact.* reads from the company's side; the
 * mock keeps a contact's companies apart from a company's contacts (see specs/SKIPPED.md).
 */
export const contactCompany: BindingFamily = {
  family: 'crm.contact.company',
  owner: 'contact',
  target: 'company',
  key: 'COMPANY_ID',
  idSources: ['crm.contact.list', 'crm.contact.add'],
  ownerId: 44,
  seed: [
    { COMPANY_ID: 7, SORT: 100, ROLE_ID: 0, IS_PRIMARY: 'Y' },
    { COMPANY_ID: 8, SORT: 110, ROLE_ID: 0, IS_PRIMARY: 'N' },
    { COMPANY_ID: 9, SORT: 120, ROLE_ID: 0, IS_PRIMARY: 'N' },
  ],
  unboundTargetId: 32,
  ownerDeniedStatus: 400,
  ru: {
    ownerGen: 'контакта',
    ownerDat: 'контакту',
    ownersGen: 'контактов',
    thisOwner: 'этот контакт',
    targetAcc: 'компанию',
    targetGen: 'компании',
    targetsAcc: 'компании',
    targetsGen: 'компаний',
  },
  en: { owner: 'contact', owners: 'contacts', target: 'company', targets: 'companies' },
}

/** The default store's bindings of a family, as the entity declares them (rows with OWNER_ID). */
export const toSeedBindings = (f: BindingFamily) => f.seed.map((row) => ({ OWNER_ID: f.ownerId, ...row }))
