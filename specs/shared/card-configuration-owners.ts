/**
 * The owners of the crm.<owner>.details.configuration.* families (specs/shared/card-configuration-specs.ts)
 * and the two-section card layout each family's examples set and read: the main section, then one
 * more, with fields of the owner. crm.item.*'s examples configure the deal card of pipeline 9, and
 * crm.deal.*'s pipeline 32, as their pages' examples do.
 */
import type { CardOwner, CardSection } from './card-configuration-specs.js'

/** A section of fields, each shown always (`optionFlags` 1) or only when filled (0). */
function createSection(name: string, title: string, fields: [string, 0 | 1][]): CardSection {
  return { name, title, type: 'section', elements: fields.map(([field, flag]) => ({ name: field, optionFlags: String(flag) })) }
}

export const contactCard: CardOwner = {
  family: 'crm.contact',
  entity: 'contact',
  of: { ru: 'контакта', en: 'contact' },
  sections: [
    createSection('main', 'About the contact', [
      ['NAME', 1],
      ['LAST_NAME', 1],
      ['PHONE', 1],
      ['EMAIL', 0],
    ]),
    createSection('additional', 'More', [
      ['TYPE_ID', 0],
      ['SOURCE_ID', 0],
    ]),
  ],
}

export const companyCard: CardOwner = {
  family: 'crm.company',
  entity: 'company',
  of: { ru: 'компании', en: 'company' },
  sections: [
    createSection('main', 'About the company', [
      ['TITLE', 1],
      ['COMPANY_TYPE', 1],
      ['PHONE', 0],
    ]),
    createSection('additional', 'More', [
      ['INDUSTRY', 0],
      ['REVENUE', 0],
    ]),
  ],
}

export const leadCard: CardOwner = {
  family: 'crm.lead',
  entity: 'lead',
  of: { ru: 'лида', en: 'lead' },
  extras: { leadCustomerType: 1 },
  sections: [
    createSection('main', 'About the lead', [
      ['TITLE', 1],
      ['STATUS_ID', 1],
      ['NAME', 0],
    ]),
    createSection('additional', 'More', [
      ['SOURCE_ID', 0],
      ['COMMENTS', 0],
    ]),
  ],
}

const dealSections = [
  createSection('main', 'About the deal', [
    ['TITLE', 1],
    ['STAGE_ID', 1],
    ['OPPORTUNITY_WITH_CURRENCY', 1],
  ]),
  createSection('additional', 'More', [
    ['TYPE_ID', 0],
    ['COMMENTS', 0],
  ]),
]

export const dealCard: CardOwner = {
  family: 'crm.deal',
  entity: 'deal',
  of: { ru: 'сделки', en: 'deal' },
  extras: { dealCategoryId: 32 },
  sections: dealSections,
}

export const itemCard: CardOwner = {
  family: 'crm.item',
  entity: 'item',
  of: { ru: 'элемента CRM', en: 'CRM item' },
  entityTypeId: 2,
  extras: { dealCategoryId: 9 },
  sections: dealSections,
}
