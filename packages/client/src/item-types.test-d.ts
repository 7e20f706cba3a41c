/**
 * Type tests of the camelCase family, checked by `tsc` (the typecheck task): entityTypeId selects
 * the record type of crm.item.* (1 a lead, 2 a deal, 3 a contact, 4 a company, 7 a quote, 31 a
 * smart invoice, each typed from the spec; any other id a smart process with its base fields and
 * `ufCrm...` custom fields), and wrong fields fail.
 */
import { expectTypeOf } from 'vitest'
import {
  type CompanyItem,
  type CompanyItemFields,
  type ContactItem,
  type CrmItemAddParams,
  type CrmItemAddResult,
  type CrmItemGetResult,
  type CrmItemListParams,
  type CrmItemListResult,
  createClient,
  crmItemGet,
  crmItemListAll,
  type DealItem,
  type DealItemFields,
  type ItemFieldsOf,
  type ItemOf,
  type LeadItem,
  type LeadItemFields,
  type QuoteItem,
  type QuoteItemFields,
  type SmartInvoiceItem,
  type SmartInvoiceItemFieldName,
  type SmartInvoiceItemFields,
  type SmartProcess,
  type SmartProcessItem,
} from './index.js'

const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })

// crm.item.get: entity type 3 answers `{ item: ContactItem }` with camelCase fields typed.
const contact = await b24.crm.item.get({ entityTypeId: 3, id: 50 })
expectTypeOf(contact).toEqualTypeOf<{ item: ContactItem }>()
expectTypeOf(contact.item.lastName).toEqualTypeOf<string | null>()
expectTypeOf(contact.item.id).toEqualTypeOf<number>()
expectTypeOf(contact.item.createdTime).toEqualTypeOf<string | null>()
expectTypeOf(contact.item.hasPhone).toEqualTypeOf<'Y' | 'N' | null>()
// @ts-expect-error UPPER_CASE names belong to crm.contact.get, not to crm.item.get
contact.item.LAST_NAME
// @ts-expect-error a contact has no stage
contact.item.stageId
expectTypeOf<CrmItemGetResult<3>>().toEqualTypeOf<{ item: ContactItem }>()

// A smart process (any other id): its base fields typed, its custom fields as a typed index.
const delivery = await crmItemGet(b24, { entityTypeId: 1268, id: 1 })
expectTypeOf(delivery.item).toEqualTypeOf<SmartProcessItem>()
expectTypeOf(delivery.item.stageId).toEqualTypeOf<string | null>()
expectTypeOf(delivery.item.observers).toEqualTypeOf<number[]>()
expectTypeOf(delivery.item.ufCrm5_1700000000).toEqualTypeOf<unknown>()
expectTypeOf<ItemOf<1268>>().toEqualTypeOf<SmartProcessItem>()
// @ts-expect-error a smart process item has no contact post
delivery.item.post

// crm.item.add: the fields are the entity type's writable fields.
const added = await b24.crm.item.add({ entityTypeId: 3, fields: { name: 'Olga', post: 'CTO', assignedById: '1' } })
expectTypeOf(added).toEqualTypeOf<CrmItemAddResult<3>>()
expectTypeOf(added.item).toEqualTypeOf<ContactItem>()
// @ts-expect-error createdTime is read-only: add does not write it
await b24.crm.item.add({ entityTypeId: 3, fields: { createdTime: '2024-01-01' } })
// @ts-expect-error a contact has no title
await b24.crm.item.add({ entityTypeId: 3, fields: { title: 'x' } })
// @ts-expect-error opened is a Y/N flag
await b24.crm.item.add({ entityTypeId: 1268, fields: { opened: true } })
await b24.crm.item.add({ entityTypeId: 1268, fields: { title: 'Delivery', ufCrm5_1700000000: 'custom' } })

// crm.item.list: select, order and filter keys complete per entity type; the page is `{ items }`.
const page = await b24.crm.item.list({
  entityTypeId: 3,
  select: ['id', 'lastName'],
  order: { lastName: 'ASC' },
  filter: { '%lastName': 'Petr', '>=id': 1, 0: { logic: 'OR', name: 'Ivan', '!post': null } },
})
expectTypeOf(page).toEqualTypeOf<CrmItemListResult<3>>()
expectTypeOf(page.items).toEqualTypeOf<Partial<ContactItem>[]>()
// @ts-expect-error stageId is no contact field to filter on
await b24.crm.item.list({ entityTypeId: 3, filter: { stageId: 'NEW' } })
// @ts-expect-error nor to select
await b24.crm.item.list({ entityTypeId: 3, select: ['stageId'] })
// @ts-expect-error ~ is no filter operator
await b24.crm.item.list({ entityTypeId: 1268, filter: { '~title': 'x' } })
await b24.crm.item.list({ entityTypeId: 1268, filter: { '>=opportunity': 1000, ufCrm5_1700000000: 1 }, select: ['*'] })
for await (const item of crmItemListAll(b24, { entityTypeId: 3 })) expectTypeOf(item).toEqualTypeOf<Partial<ContactItem>>()

// crm.type.*: smart process types in camelCase.
const type = await b24.crm.type.get({ id: 16 })
expectTypeOf(type.type).toEqualTypeOf<SmartProcess>()
expectTypeOf(type.type.entityTypeId).toEqualTypeOf<number | null>()
// @ts-expect-error entity types are not written through a wrong key
await b24.crm.type.add({ fields: { name: 'x' } })
expectTypeOf(await b24.crm.item.delete({ entityTypeId: 1268, id: 1 })).toEqualTypeOf<never[]>()

// The system entity types typed from the spec: each id selects its own record, fields and names.
expectTypeOf<ItemOf<1>>().toEqualTypeOf<LeadItem>()
expectTypeOf<ItemOf<2>>().toEqualTypeOf<DealItem>()
expectTypeOf<ItemOf<4>>().toEqualTypeOf<CompanyItem>()
expectTypeOf<ItemOf<7>>().toEqualTypeOf<QuoteItem>()
expectTypeOf<ItemOf<31>>().toEqualTypeOf<SmartInvoiceItem>()
expectTypeOf<ItemFieldsOf<1>>().toEqualTypeOf<LeadItemFields>()
expectTypeOf<ItemFieldsOf<2>>().toEqualTypeOf<DealItemFields>()
expectTypeOf<ItemFieldsOf<4>>().toEqualTypeOf<CompanyItemFields>()
expectTypeOf<ItemFieldsOf<7>>().toEqualTypeOf<QuoteItemFields>()
expectTypeOf<ItemFieldsOf<31>>().toEqualTypeOf<SmartInvoiceItemFields>()
expectTypeOf<CrmItemAddParams<2>['fields']>().toEqualTypeOf<DealItemFields>()

// Deal (2): get, add and list answer DealItem; its stage and amount are typed.
const deal = await b24.crm.item.get({ entityTypeId: 2, id: 12 })
expectTypeOf(deal).toEqualTypeOf<{ item: DealItem }>()
expectTypeOf(deal.item.stageId).toEqualTypeOf<string | null>()
expectTypeOf(deal.item.opportunity).toEqualTypeOf<number | null>()
expectTypeOf(deal.item.categoryId).toEqualTypeOf<number | null>()
expectTypeOf(deal.item.contactIds).toEqualTypeOf<number[]>()
expectTypeOf(deal.item.stageSemanticId).toEqualTypeOf<'P' | 'S' | 'F' | null>()
// @ts-expect-error a deal has no post
deal.item.post
// @ts-expect-error UPPER_CASE names belong to crm.deal.*, not to crm.item.*
deal.item.STAGE_ID
const addedDeal = await b24.crm.item.add({
  entityTypeId: 2,
  fields: { title: 'Deal', stageId: 'NEW', opportunity: '100.50', contactIds: [50] },
})
expectTypeOf(addedDeal.item).toEqualTypeOf<DealItem>()
// @ts-expect-error a deal has no name
await b24.crm.item.add({ entityTypeId: 2, fields: { name: 'Ivan' } })
// @ts-expect-error stageSemanticId is read-only: the portal derives it from the stage
await b24.crm.item.add({ entityTypeId: 2, fields: { stageSemanticId: 'S' } })
// @ts-expect-error closed is a Y/N flag
await b24.crm.item.update({ entityTypeId: 2, id: 12, fields: { closed: true } })
const deals = await b24.crm.item.list({ entityTypeId: 2, select: ['id', 'stageId'], filter: { '>opportunity': 0, categoryId: 0 } })
expectTypeOf(deals.items).toEqualTypeOf<Partial<DealItem>[]>()
// @ts-expect-error a deal has no post to filter on
await b24.crm.item.list({ entityTypeId: 2, filter: { post: 'CTO' } })

// Lead (1): STATUS_ID is the lead's stageId in crm.item.*.
const lead = await b24.crm.item.get({ entityTypeId: 1, id: 123 })
expectTypeOf(lead).toEqualTypeOf<CrmItemGetResult<1>>()
expectTypeOf(lead.item).toEqualTypeOf<LeadItem>()
expectTypeOf(lead.item.stageId).toEqualTypeOf<string | null>()
expectTypeOf(lead.item.companyTitle).toEqualTypeOf<string | null>()
// @ts-expect-error crm.item.* calls the lead's STATUS_ID stageId
lead.item.statusId
// @ts-expect-error a lead's phones come in `fm`, not as a field of crm.item.*
lead.item.phone
expectTypeOf(
  (await b24.crm.item.add({ entityTypeId: 1, fields: { title: 'Lead', name: 'Anna', stageId: 'NEW' } })).item,
).toEqualTypeOf<LeadItem>()
// @ts-expect-error a lead has no category
await b24.crm.item.add({ entityTypeId: 1, fields: { categoryId: 1 } })
expectTypeOf((await b24.crm.item.list({ entityTypeId: 1, order: { stageId: 'ASC' } })).items).toEqualTypeOf<Partial<LeadItem>[]>()
// @ts-expect-error nor an order key statusId
await b24.crm.item.list({ entityTypeId: 1, order: { statusId: 'ASC' } })

// Company (4): COMPANY_TYPE is its typeId, its contacts a list.
const company = await b24.crm.item.get({ entityTypeId: 4, id: 50 })
expectTypeOf(company.item).toEqualTypeOf<CompanyItem>()
expectTypeOf(company.item.typeId).toEqualTypeOf<string | null>()
expectTypeOf(company.item.revenue).toEqualTypeOf<number | null>()
expectTypeOf(company.item.contactIds).toEqualTypeOf<number[]>()
// @ts-expect-error a company has no stage
company.item.stageId
expectTypeOf(
  (await b24.crm.item.add({ entityTypeId: 4, fields: { title: 'Vasilek', isMyCompany: 'Y' } })).item,
).toEqualTypeOf<CompanyItem>()
// @ts-expect-error a company has no last name
await b24.crm.item.add({ entityTypeId: 4, fields: { lastName: 'Petrov' } })
expectTypeOf((await b24.crm.item.list({ entityTypeId: 4, select: ['title'] })).items).toEqualTypeOf<Partial<CompanyItem>[]>()
// @ts-expect-error contactId is a list on a company: contactIds
await b24.crm.item.list({ entityTypeId: 4, select: ['contactId'] })

// Quote (7) and smart invoice (31): served by crm.item.* alone.
const quote = await b24.crm.item.get({ entityTypeId: 7, id: 1 })
expectTypeOf(quote.item).toEqualTypeOf<QuoteItem>()
expectTypeOf(quote.item.dealId).toEqualTypeOf<number | null>()
// @ts-expect-error quoteNumber is read-only
await b24.crm.item.add({ entityTypeId: 7, fields: { title: 'Offer', quoteNumber: 'Q-1' } })
expectTypeOf((await b24.crm.item.add({ entityTypeId: 7, fields: { title: 'Offer', dealId: 12 } })).item).toEqualTypeOf<QuoteItem>()
expectTypeOf((await b24.crm.item.list({ entityTypeId: 7 })).items).toEqualTypeOf<Partial<QuoteItem>[]>()
// @ts-expect-error a quote has no observers
quote.item.observers
const invoice = await b24.crm.item.get({ entityTypeId: 31, id: 1 })
expectTypeOf(invoice.item).toEqualTypeOf<SmartInvoiceItem>()
expectTypeOf(invoice.item.accountNumber).toEqualTypeOf<string | null>()
expectTypeOf(invoice.item.observers).toEqualTypeOf<number[]>()
expectTypeOf(
  (await b24.crm.item.add({ entityTypeId: 31, fields: { title: 'Invoice', accountNumber: 'INV-1' } })).item,
).toEqualTypeOf<SmartInvoiceItem>()
// @ts-expect-error a smart invoice has no quote number
await b24.crm.item.add({ entityTypeId: 31, fields: { quoteNumber: 'Q-1' } })
const invoices = await b24.crm.item.list({ entityTypeId: 31, filter: { '!stageId': 'DT31_1:P' } })
expectTypeOf(invoices).toEqualTypeOf<CrmItemListResult<31>>()
expectTypeOf(invoices.items).toEqualTypeOf<Partial<SmartInvoiceItem>[]>()
expectTypeOf<CrmItemListParams<31>['select']>().toEqualTypeOf<(SmartInvoiceItemFieldName | '*')[] | undefined>()
