/**
 * Type tests of the camelCase family, checked by `tsc` (the typecheck task): entityTypeId selects
 * the record type of crm.item.* (3 is a contact, typed from the spec; any other id a smart process
 * with its base fields and `ufCrm...` custom fields), and wrong fields fail.
 */
import { expectTypeOf } from 'vitest'
import {
  type ContactItem,
  type CrmItemAddResult,
  type CrmItemGetResult,
  type CrmItemListResult,
  createClient,
  crmItemGet,
  crmItemListAll,
  type ItemOf,
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
