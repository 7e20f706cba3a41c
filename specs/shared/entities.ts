/** The CRM entities the mock stores, and what goes with a record when it is deleted. */
import { defineEntity } from '@b24kit/spec'
import { activityFields, activitySeed } from './activity-fields.js'
import { automatedSolution } from './automated-solution.js'
import { bankDetailFields } from './bank-detail-fields.js'
import { contactCompany, leadContact, quoteContact, toSeedBindings } from './binding-families.js'
import { companyFields } from './company-fields.js'
import { contactFields } from './contact-fields.js'
import { deal1875Bindings } from './deal-contact-method.js'
import { dealFields } from './deal-fields.js'
import { document, documentNumerator, documentTemplate } from './document-generator-entities.js'
import { item, type } from './item-entities.js'
import { leadFields } from './lead-fields.js'
import { presetFields } from './preset-method.js'
import { productRow } from './product-row-entities.js'
import { quoteFields } from './quote-fields.js'
import { requisiteFields } from './requisite-fields.js'
import { requisiteLineField } from './requisite-userfield.js'
import { salePayment, saleShipment } from './sale-entities.js'
import { smartInvoiceFields } from './smart-invoice-fields.js'
import { status } from './status-entity.js'
import { timelineCommentFields, timelineCommentSeed } from './timeline-comment.js'
import { contactHelloField, dealNoteField, userFieldEntity } from './userfield-method.js'
import { companyTaxOfficeField, leadReferrerField, quotePaymentTermsField } from './userfield-owners.js'

export const contact = defineEntity({
  name: 'contact',
  title: { ru: 'Контакт', en: 'Contact' },
  idField: 'ID',
  // crm.item.* knows contacts as entity type 3 (the CRM object types reference).
  entityTypeId: 3,
  // "удаляет контакт и все связанные с ним объекты": activities and requisites bound to it go too.
  linked: [
    { entity: 'activity', field: 'CONTACT_ID' },
    { entity: 'requisite', field: 'CONTACT_ID' },
  ],
  // The docs' examples delete contact 50 and read it with crm.contact.get, so the default store holds it.
  seed: [
    {
      ID: 50,
      NAME: 'Ivan',
      LAST_NAME: 'Petrov',
      OPENED: 'Y',
      EXPORT: 'Y',
      TYPE_ID: 'CLIENT',
      SOURCE_ID: 'SELF',
      ASSIGNED_BY_ID: 1,
      CREATED_BY_ID: 1,
      MODIFY_BY_ID: 1,
      DATE_CREATE: '2024-08-15T15:05:09+02:00',
      DATE_MODIFY: '2024-08-15T15:05:09+02:00',
      PHONE: [{ ID: '8', VALUE_TYPE: 'WORK', VALUE: '+7 495 000-00-50', TYPE_ID: 'PHONE' }],
      EMAIL: [{ ID: '9', VALUE_TYPE: 'WORK', VALUE: 'ivan.petrov@example.com', TYPE_ID: 'EMAIL' }],
    },
    // The crm.contact.company.* pages work on contact 54 and its companies 7, 8 and 9: held as contact 44.
    {
      ID: 44,
      NAME: 'Maria',
      LAST_NAME: 'Sokolova',
      OPENED: 'Y',
      EXPORT: 'Y',
      TYPE_ID: 'PARTNER',
      SOURCE_ID: 'PARTNER',
      COMPANY_ID: 7,
      COMPANY_IDS: [7, 8, 9],
      ASSIGNED_BY_ID: 1,
      CREATED_BY_ID: 1,
      MODIFY_BY_ID: 1,
      DATE_CREATE: '2024-08-15T15:05:09+02:00',
      DATE_MODIFY: '2024-08-15T15:05:09+02:00',
    },
  ],
  fields: contactFields,
  bindings: [{ target: 'company', seed: toSeedBindings(contactCompany) }],
  // Custom fields (crm.contact.userfield.*): rows of the userfield table marked CRM_CONTACT, named UF_CRM_*.
  userFields: { entity: userFieldEntity, entityId: 'CRM_CONTACT', prefix: 'UF_CRM_' },
})

/**
 * The portal's custom fields of every CRM entity, one table (their ids are shared), each row marked
 * with its owner's ENTITY_ID. The default store holds one field of contacts and one of deals, for the userfield pages' examples.
 */
export const userfield = defineEntity({
  name: userFieldEntity,
  title: { ru: 'Пользовательское поле', en: 'Custom field' },
  idField: 'ID',
  // Leads', companies' and quotes' fields: specs/shared/userfield-owners.ts.
  seed: [requisiteLineField, quotePaymentTermsField, companyTaxOfficeField, leadReferrerField, dealNoteField, contactHelloField],
})

// crm.activity.*: the default store's activities 20 and 999 serve the pages' examples (activity-fields.ts).
export const activity = defineEntity({
  name: 'activity',
  title: { ru: 'Дело', en: 'Activity' },
  idField: 'ID',
  seed: activitySeed,
  fields: activityFields,
})
// The crm.requisite.get, update and delete pages work on company 1's requisite 27 (as get's sample
// answer prints it); crm.requisite.list's page lists preset 1's requisites 40, 41 and 42.
export const requisite = defineEntity({
  name: 'requisite',
  title: { ru: 'Реквизит', en: 'Requisite' },
  idField: 'ID',
  // crm.requisite.delete's page: the requisite's bank details go with it.
  linked: [{ entity: 'bankDetail', field: 'ENTITY_ID' }],
  userFields: { entity: userFieldEntity, entityId: 'CRM_REQUISITE', prefix: 'UF_CRM_' },
  seed: [
    {
      ID: 27,
      ENTITY_TYPE_ID: 4,
      ENTITY_ID: 1,
      PRESET_ID: 1,
      DATE_CREATE: '2024-05-29T18:05:49+02:00',
      CREATED_BY_ID: 1,
      NAME: 'Organization',
      XML_ID: '5e4641fd-1dd9-11e6-b2f2-005056c00008',
      ACTIVE: 'Y',
      ADDRESS_ONLY: 'N',
      SORT: 500,
      RQ_COMPANY_NAME: 'Ltd. "QuickBooks and other similar platforms"',
      RQ_COMPANY_FULL_NAME: 'LIMITED LIABILITY COMPANY "QuickBooks and other similar platforms"',
      RQ_COMPANY_REG_DATE: '06.04.2007',
      RQ_DIRECTOR: 'SMITH JOHN',
      RQ_INN: '1717586110',
      RQ_KPP: '770501001',
      RQ_OGRN: '5077746476209',
      RQ_VAT_PAYER: 'N',
    },
    ...(
      [
        [40, 3027, 'Organization', '2024-05-30T10:00:00+02:00'],
        [41, 3028, 'Headquarters details', '2024-05-30T10:05:00+02:00'],
        [42, 3028, 'Branch in Chernyakhovsk', '2024-05-30T10:10:00+02:00'],
      ] as const
    ).map(([ID, ENTITY_ID, NAME, DATE_CREATE]) => ({
      ID,
      ENTITY_TYPE_ID: 4,
      ENTITY_ID,
      PRESET_ID: 1,
      NAME,
      ACTIVE: 'Y',
      ADDRESS_ONLY: 'N',
      SORT: 500,
      RQ_VAT_PAYER: 'N',
      CREATED_BY_ID: 1,
      DATE_CREATE,
    })),
  ],
  fields: requisiteFields,
})

// Requisite presets (templates): crm.requisite.preset.list's page lists country 1's presets 1 to 4;
// the get, update and delete pages work on preset 347.
export const preset = defineEntity({
  name: 'preset',
  title: { ru: 'Шаблон реквизитов', en: 'Requisite preset' },
  idField: 'ID',
  seed: [
    ...(
      [
        [1, 'Organization', 500],
        [2, 'Sole Proprietorship', 510],
        [3, 'Individual', 520],
        [4, 'Organization (additional)', 530],
      ] as const
    ).map(([ID, NAME, SORT]) => ({
      ID,
      ENTITY_TYPE_ID: 8,
      COUNTRY_ID: 1,
      NAME,
      ACTIVE: 'Y',
      SORT,
      CREATED_BY_ID: 1,
      DATE_CREATE: '2024-05-20T10:00:00+02:00',
    })),
    {
      ID: 347,
      ENTITY_TYPE_ID: 8,
      COUNTRY_ID: 1,
      DATE_CREATE: '2024-05-24T15:45:44+02:00',
      CREATED_BY_ID: 1,
      NAME: 'Smith LLC',
      XML_ID: 'EXAMPLE_COMPANY__VALUE_1',
      ACTIVE: 'Y',
      SORT: 520,
    },
  ],
  fields: presetFields,
})

// The crm.requisite.bankdetail.get, update and delete pages work on requisite 27's bank detail 357;
// crm.requisite.bankdetail.list's page lists country 1's bank details 11 and 15 to 18.
export const bankDetail = defineEntity({
  name: 'bankDetail',
  title: { ru: 'Банковский реквизит', en: 'Bank detail' },
  idField: 'ID',
  seed: [
    ...(
      [
        [11, 27, 'Chase', '2024-05-30T11:00:00+02:00'],
        [15, 30, 'Alpha Bank Corp.', '2024-05-30T11:05:00+02:00'],
        [16, 30, 'Chase Bank Corp.', '2024-05-30T11:10:00+02:00'],
        [17, 45, 'Chase Bank Corp.', '2024-05-30T11:15:00+02:00'],
        [18, 45, 'Alpha Bank Corp.', '2024-05-30T11:20:00+02:00'],
      ] as const
    ).map(([ID, ENTITY_ID, NAME, DATE_CREATE]) => ({
      ID,
      ENTITY_ID,
      COUNTRY_ID: 1,
      NAME,
      ACTIVE: 'Y',
      SORT: 500,
      CREATED_BY_ID: 1,
      DATE_CREATE,
    })),
    {
      ID: 357,
      ENTITY_ID: 27,
      COUNTRY_ID: 1,
      DATE_CREATE: '2024-06-03T17:52:22+02:00',
      CREATED_BY_ID: 1,
      NAME: 'Ltd. Superbank',
      XML_ID: '1e4641fd-2dd9-31e6-b2f2-105056c00008',
      ACTIVE: 'Y',
      SORT: 600,
      RQ_BANK_NAME: 'Ltd. Superbank',
      RQ_BANK_ADDR: '117312, New York, 19 Miller St.',
      RQ_BIK: '044525225',
      RQ_ACC_NUM: '40702810938000060473',
      RQ_ACC_CURRENCY: 'USD',
      RQ_COR_ACC_NUM: '30101810400000000225',
    },
  ],
  fields: bankDetailFields,
})

/** Who made a seeded record and when: user 1, on the day the docs' samples were taken. */
const seededBy = {
  ASSIGNED_BY_ID: 1,
  CREATED_BY_ID: 1,
  MODIFY_BY_ID: 1,
  DATE_CREATE: '2024-08-15T15:05:09+02:00',
  DATE_MODIFY: '2024-08-15T15:05:09+02:00',
  OPENED: 'Y',
}

// crm.company.delete's page deletes company 50 and names no linked objects.
export const company = defineEntity({
  name: 'company',
  title: { ru: 'Компания', en: 'Company' },
  idField: 'ID',
  // crm.item.* knows companies as entity type 4.
  entityTypeId: 4,
  // crm.company.get's page reads company 12, crm.company.update's page changes company 43, and
  // crm.company.list's page asks for the customers created since 2025: company 12 alone.
  seed: [
    {
      ID: 12,
      TITLE: 'Crossroads',
      COMPANY_TYPE: 'CUSTOMER',
      INDUSTRY: 'IT',
      EMPLOYEES: 'EMPLOYEES_1',
      CURRENCY_ID: 'EUR',
      REVENUE: '0',
      IS_MY_COMPANY: 'N',
      HAS_IMOL: 'N',
      LAST_ACTIVITY_BY: 1,
      LAST_ACTIVITY_TIME: '2025-03-11T16:36:46+01:00',
      CONTACT_ID: [],
      PHONE: [{ ID: '8303', VALUE_TYPE: 'WORK', VALUE: '+19998887766', TYPE_ID: 'PHONE' }],
      ...seededBy,
      DATE_CREATE: '2025-03-11T16:36:46+01:00',
      DATE_MODIFY: '2025-03-11T16:36:46+01:00',
    },
    { ID: 43, TITLE: 'Northwind', COMPANY_TYPE: 'PARTNER', IS_MY_COMPANY: 'N', CONTACT_ID: [], ...seededBy },
    { ID: 50, TITLE: 'Romashka LLC', COMPANY_TYPE: 'CUSTOMER', IS_MY_COMPANY: 'N', CONTACT_ID: [], ...seededBy },
  ],
  fields: companyFields,
  // Custom fields (crm.company.userfield.*): rows of the userfield table marked CRM_COMPANY, named UF_CRM_*.
  userFields: { entity: userFieldEntity, entityId: 'CRM_COMPANY', prefix: 'UF_CRM_' },
})

// crm.deal.delete's page deletes deal 12 "and all objects linked to it": its activities go too.
// The crm.deal.contact.* pages work on deal 1875 and its contacts 55, 54 and 56; crm.deal.get reads
// deal 410 and crm.deal.update changes deal 123.
export const deal = defineEntity({
  name: 'deal',
  title: { ru: 'Сделка', en: 'Deal' },
  idField: 'ID',
  linked: [{ entity: 'activity', field: 'DEAL_ID' }],
  // crm.item.* knows deals as entity type 2.
  entityTypeId: 2,
  seed: [
    {
      ID: 12,
      TITLE: 'Delivery of goods',
      CATEGORY_ID: 0,
      STAGE_ID: 'NEW',
      STAGE_SEMANTIC_ID: 'P',
      CURRENCY_ID: 'USD',
      OPPORTUNITY: 1000,
      CLOSED: 'N',
      CONTACT_IDS: [],
      ...seededBy,
    },
    {
      ID: 1875,
      TITLE: 'Office supplies',
      CATEGORY_ID: 0,
      STAGE_ID: 'NEW',
      STAGE_SEMANTIC_ID: 'P',
      CURRENCY_ID: 'USD',
      OPPORTUNITY: 0,
      CLOSED: 'N',
      // The bindings below, as the deal's own fields show them: the primary contact and every contact.
      CONTACT_ID: 55,
      CONTACT_IDS: [55, 54, 56],
      ...seededBy,
    },
    // crm.deal.update's page changes deal 123.
    {
      ID: 123,
      TITLE: 'Spare parts',
      CATEGORY_ID: 0,
      STAGE_ID: 'NEW',
      STAGE_SEMANTIC_ID: 'P',
      CURRENCY_ID: 'USD',
      CLOSED: 'N',
      CONTACT_IDS: [],
      ...seededBy,
    },
    // crm.deal.get's page reads deal 410, as its sample answer prints it.
    {
      ID: 410,
      TITLE: 'New Deal #1',
      TYPE_ID: 'COMPLEX',
      CATEGORY_ID: 0,
      STAGE_ID: 'PREPARATION',
      STAGE_SEMANTIC_ID: 'P',
      PROBABILITY: 99,
      CURRENCY_ID: 'EUR',
      OPPORTUNITY: '1000000.00',
      IS_MANUAL_OPPORTUNITY: 'Y',
      TAX_VALUE: '0.00',
      COMPANY_ID: 9,
      CONTACT_ID: 84,
      CONTACT_IDS: [84],
      BEGINDATE: '2024-08-30T02:00:00+02:00',
      CLOSEDATE: '2024-09-09T02:00:00+02:00',
      CLOSED: 'N',
      COMMENTS: '[B]Example comment[/B]',
      ADDITIONAL_INFO: 'Additional information',
      IS_NEW: 'N',
      IS_RECURRING: 'N',
      IS_RETURN_CUSTOMER: 'N',
      IS_REPEATED_APPROACH: 'N',
      SOURCE_ID: 'CALLBACK',
      SOURCE_DESCRIPTION: 'Additional source information',
      MOVED_BY_ID: 1,
      MOVED_TIME: '2024-08-30T14:29:00+02:00',
      LAST_ACTIVITY_BY: 1,
      LAST_ACTIVITY_TIME: '2024-08-30T14:29:00+02:00',
      UTM_SOURCE: 'google',
      UTM_MEDIUM: 'CPC',
      ...seededBy,
      DATE_CREATE: '2024-08-30T14:29:00+02:00',
      DATE_MODIFY: '2024-08-30T14:29:00+02:00',
    },
  ],
  fields: dealFields,
  // Custom fields (crm.deal.userfield.*): rows of the userfield table marked CRM_DEAL, named UF_CRM_*.
  userFields: { entity: userFieldEntity, entityId: 'CRM_DEAL', prefix: 'UF_CRM_' },
  // Deal 410's one contact, as its CONTACT_ID and CONTACT_IDS mirror it.
  bindings: [
    {
      target: 'contact',
      seed: [
        ...deal1875Bindings.map((binding) => ({ OWNER_ID: 1875, ...binding })),
        { OWNER_ID: 410, CONTACT_ID: 84, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'Y' },
      ],
    },
  ],
})

// crm.lead.delete's page deletes lead 123 "and all objects linked to it": its activities go too.
export const lead = defineEntity({
  name: 'lead',
  title: { ru: 'Лид', en: 'Lead' },
  idField: 'ID',
  linked: [{ entity: 'activity', field: 'LEAD_ID' }],
  // crm.item.* knows leads as entity type 1.
  entityTypeId: 1,
  // crm.lead.get's page reads lead 123; crm.lead.update's page changes lead 1608.
  seed: [
    {
      ID: 123,
      TITLE: 'Website request',
      STATUS_ID: 'NEW',
      STATUS_SEMANTIC_ID: 'P',
      SOURCE_ID: 'WEB',
      CURRENCY_ID: 'EUR',
      OPPORTUNITY: '0.00',
      IS_MANUAL_OPPORTUNITY: 'N',
      IS_RETURN_CUSTOMER: 'N',
      HAS_IMOL: 'N',
      MOVED_BY_ID: 1,
      MOVED_TIME: '2024-08-15T15:05:09+02:00',
      LAST_ACTIVITY_BY: 1,
      LAST_ACTIVITY_TIME: '2024-08-15T15:05:09+02:00',
      CONTACT_IDS: [],
      PHONE: [{ ID: '11658', VALUE_TYPE: 'OTHER', VALUE: '+15454777777', TYPE_ID: 'PHONE' }],
      ...seededBy,
    },
    { ID: 1608, TITLE: 'Call back request', STATUS_ID: 'NEW', STATUS_SEMANTIC_ID: 'P', SOURCE_ID: 'CALL', CONTACT_IDS: [], ...seededBy },
    // The crm.lead.contact.* pages work on lead 1 and its contacts 1010 and 1011.
    {
      ID: 1,
      TITLE: 'Partner referral',
      STATUS_ID: 'IN_PROCESS',
      STATUS_SEMANTIC_ID: 'P',
      SOURCE_ID: 'PARTNER',
      CONTACT_ID: 1010,
      CONTACT_IDS: [1010, 1011],
      ...seededBy,
    },
  ],
  fields: leadFields,
  bindings: [{ target: 'contact', seed: toSeedBindings(leadContact) }],
  // Custom fields (crm.lead.userfield.*): rows of the userfield table marked CRM_LEAD, named UF_CRM_*.
  userFields: { entity: userFieldEntity, entityId: 'CRM_LEAD', prefix: 'UF_CRM_' },
})

// Quotes (estimates) are entity type 7 of crm.item.*.
export const quote = defineEntity({
  name: 'quote',
  title: { ru: 'Предложение', en: 'Quote' },
  idField: 'ID',
  entityTypeId: 7,
  // crm.quote.get, crm.quote.update and crm.quote.delete's pages work on quote 43, as crm.quote.get's
  // sample answer prints it; crm.quote.list's page asks for company 1's sent quotes: 9 and 43.
  seed: [
    {
      ID: 9,
      TITLE: 'Latest version of our product',
      STATUS_ID: 'SENT',
      CURRENCY_ID: 'USD',
      OPPORTUNITY: '45000.00',
      COMPANY_ID: 1,
      CONTACT_IDS: [],
      CLOSED: 'N',
      ...seededBy,
      ASSIGNED_BY_ID: 7,
    },
    {
      ID: 43,
      QUOTE_NUMBER: '43',
      TITLE: 'Estimate for Furniture Supply',
      STATUS_ID: 'SENT',
      CURRENCY_ID: 'EUR',
      OPPORTUNITY: '150000.00',
      TAX_VALUE: '0.00',
      COMPANY_ID: 1,
      CONTACT_IDS: [],
      MYCOMPANY_ID: 340,
      BEGINDATE: '2026-03-13T03:00:00+01:00',
      CLOSEDATE: '2026-03-20T03:00:00+01:00',
      ACTUAL_DATE: '2026-03-20T03:00:00+01:00',
      CLOSED: 'N',
      COMMENTS: 'Conditions and deadlines clarified',
      PERSON_TYPE_ID: 1,
      LAST_ACTIVITY_BY: 1,
      LAST_ACTIVITY_TIME: '2026-03-13T13:15:37+01:00',
      ...seededBy,
      DATE_CREATE: '2026-03-13T13:15:37+01:00',
      DATE_MODIFY: '2026-03-13T16:56:07+01:00',
    },
    // The crm.quote.contact.* pages work on quote 113 and its contacts 2649 and 2647; the store holds them
    // as quote 13 (a draft of company 12), since a quote above 43 would move crm.quote.add's new id.
    {
      ID: 13,
      TITLE: 'Office chairs',
      STATUS_ID: 'DRAFT',
      CURRENCY_ID: 'EUR',
      OPPORTUNITY: '0.00',
      COMPANY_ID: 12,
      CONTACT_ID: 2649,
      CONTACT_IDS: [2649, 2647],
      CLOSED: 'N',
      ...seededBy,
    },
  ],
  fields: quoteFields,
  bindings: [{ target: 'contact', seed: toSeedBindings(quoteContact) }],
  // Custom fields (crm.quote.userfield.*): rows of the userfield table marked CRM_QUOTE, named UF_CRM_*.
  userFields: { entity: userFieldEntity, entityId: 'CRM_QUOTE', prefix: 'UF_CRM_' },
})

// The new invoices are entity type 31, served by crm.item.* alone (the old crm.invoice.* is type 5).
export const smartInvoice = defineEntity({
  name: 'smartInvoice',
  title: { ru: 'Счет', en: 'Smart invoice' },
  idField: 'ID',
  entityTypeId: 31,
  fields: smartInvoiceFields,
})

// Comments in an item's timeline (crm.timeline.comment.*); the pages work on comments 999 and 1000 of deal 10.
export const timelineComment = defineEntity({
  name: 'timelineComment',
  title: { ru: 'Комментарий в таймлайне', en: 'Timeline comment' },
  idField: 'ID',
  seed: timelineCommentSeed,
  fields: timelineCommentFields,
})

export const entities = [
  contact,
  company,
  deal,
  lead,
  quote,
  smartInvoice,
  activity,
  requisite,
  bankDetail,
  preset,
  item,
  type,
  userfield,
  timelineComment,
  productRow,
  status,
  salePayment,
  saleShipment,
  documentNumerator,
  documentTemplate,
  document,
  automatedSolution,
]
