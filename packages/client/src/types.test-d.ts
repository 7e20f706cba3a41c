/**
 * Type tests, checked by `tsc` (the typecheck task): what the generated types allow and refuse.
 * Each `@ts-expect-error` must meet an error, or tsc fails on it.
 */
import { expectTypeOf } from 'vitest'
import {
  B24ApiError,
  type BatchReport,
  type CrmContactDeleteError,
  type CrmContactDeleteErrorCode,
  type CrmContactDeleteErrorId,
  type CrmContactDeleteParams,
  type CrmContactDeleteResult,
  createBaseClient,
  createClient,
  crmContactDelete,
  type DeleteManyReport,
  type ErrorKind,
  type MethodMap,
  type SystemErrorId,
  type Time,
} from './index.js'

const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
const base = createBaseClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })

// The result of crm.contact.delete is `true`, whichever way it is called.
expectTypeOf(b24.crm.contact.delete({ id: 50 })).resolves.toEqualTypeOf<true>()
expectTypeOf(b24.call('crm.contact.delete', { id: 50 })).resolves.toEqualTypeOf<true>()
expectTypeOf(crmContactDelete(base, { id: 50 })).resolves.toEqualTypeOf<true>()
expectTypeOf<CrmContactDeleteResult>().toEqualTypeOf<true>()
expectTypeOf(b24.callWithMeta('crm.contact.delete', { id: 50 })).resolves.toMatchTypeOf<{ result: true; time?: Time }>()

// The params: id is a number and it is required.
expectTypeOf<CrmContactDeleteParams>().toEqualTypeOf<{ id: number }>()
// @ts-expect-error a wrong param type
b24.crm.contact.delete({ id: 'abc' })
// @ts-expect-error a wrong param type through call
b24.call('crm.contact.delete', { id: true })
// @ts-expect-error a missing id
b24.crm.contact.delete({})
// @ts-expect-error a missing id through the standalone function
crmContactDelete(base, {})
// @ts-expect-error an unknown param
b24.crm.contact.delete({ id: 1, extra: 2 })

// A method that requires no params may be called without them; one that does may not.
expectTypeOf(b24.crm.contact.fields()).resolves.toEqualTypeOf<Awaited<ReturnType<typeof b24.crm.contact.fields>>>()
void b24.call('crm.contact.fields')
// @ts-expect-error crm.contact.delete requires its params
void b24.call('crm.contact.delete')

// Unknown methods: a compile error through call and the tree; the escape hatch takes any name.
// @ts-expect-error an unknown method
b24.call('crm.contact.remove', { id: 50 })
// @ts-expect-error an unknown member of the tree
b24.crm.contact.remove({ id: 50 })
expectTypeOf(b24.callUntyped('crm.deal.list', { filter: {} })).resolves.toBeUnknown()
expectTypeOf(b24.callUntyped<number[]>('crm.deal.list')).resolves.toEqualTypeOf<number[]>()

// The error type lists exactly the spec's rows: its own, then the system rows.
expectTypeOf<CrmContactDeleteErrorId>().toEqualTypeOf<'invalidId' | 'accessDenied' | 'notFound' | SystemErrorId>()
expectTypeOf<SystemErrorId>().toEqualTypeOf<
  | 'internalServerError'
  | 'unexpectedAnswer'
  | 'queryLimitExceeded'
  | 'operationTimeLimit'
  | 'batchMethodNotAllowed'
  | 'batchLengthExceeded'
  | 'noAuthFound'
  | 'httpsRequired'
  | 'overloadLimit'
  | 'restUnavailable'
  | 'invalidCredentials'
  | 'invalidToken'
  | 'manifestNotAvailable'
  | 'insufficientScope'
  | 'expiredToken'
  | 'userAccessError'
  | 'portalDeleted'
  | 'methodNotFound'
>()
expectTypeOf<'' | 'ERROR_CORE' | 'QUERY_LIMIT_EXCEEDED' | 'expired_token'>().toMatchTypeOf<CrmContactDeleteErrorCode>()
// @ts-expect-error a code no row of crm.contact.delete has
expectTypeOf<'ERROR_NOT_FOUND'>().toMatchTypeOf<CrmContactDeleteErrorCode>()
expectTypeOf<CrmContactDeleteError>().toEqualTypeOf<B24ApiError<CrmContactDeleteErrorId>>()
expectTypeOf<MethodMap['crm.contact.delete']['error']['errorId']>().toEqualTypeOf<CrmContactDeleteErrorId | undefined>()
declare const error: CrmContactDeleteError
if (error.errorId === 'notFound') expectTypeOf(error.kind).toBeString()
// @ts-expect-error not a row of crm.contact.delete
if (error.errorId === 'elementNotFound') void 0

// After `instanceof`, the fields are typed (a generic class would narrow to B24ApiError<any>).
declare const caught: unknown
if (caught instanceof B24ApiError) {
  expectTypeOf(caught.errorId).toEqualTypeOf<string | undefined>()
  expectTypeOf(caught.kind).toEqualTypeOf<ErrorKind>()
  expectTypeOf(caught.code).toEqualTypeOf<string>()
  expectTypeOf(caught.status).toEqualTypeOf<number>()
}

// Batch: commands typed per method, results keyed like the commands.
const report = b24.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } } })
expectTypeOf(report).resolves.toMatchTypeOf<BatchReport<{ a: { method: 'crm.contact.delete'; params: { id: number } } }>>()
void report.then((r) => {
  expectTypeOf(r.results.a).toEqualTypeOf<true | undefined>()
  expectTypeOf(r.errors.a).toEqualTypeOf<CrmContactDeleteError | undefined>()
})
// @ts-expect-error a command with a wrong param type
b24.batch({ a: { method: 'crm.contact.delete', params: { id: 'x' } } })
// @ts-expect-error a command of an unknown method
b24.batch([{ method: 'crm.contact.remove', params: { id: 1 } }])

// deleteMany: on the tree and by method name, reporting ids of the method's id type.
expectTypeOf(b24.crm.contact.deleteMany([1, 2])).resolves.toEqualTypeOf<DeleteManyReport<number, CrmContactDeleteError>>()
expectTypeOf(b24.deleteMany('crm.contact.delete', [1])).resolves.toEqualTypeOf<DeleteManyReport<number, CrmContactDeleteError>>()
// @ts-expect-error ids of the wrong type
b24.crm.contact.deleteMany(['a'])

// Contacts are typed from the entity's fields: ids as strings, Y/N flags, multi-fields as lists.
async function typedContactFields() {
  const contact = await b24.crm.contact.get({ id: 50 })
  expectTypeOf(contact.ID).toEqualTypeOf<string>()
  expectTypeOf(contact.OPENED).toEqualTypeOf<'Y' | 'N' | null>()
  expectTypeOf(contact.PHONE).toEqualTypeOf<{ ID: string; VALUE_TYPE: string; VALUE: string; TYPE_ID: string }[] | undefined>()
  await b24.crm.contact.add({ fields: { NAME: 'Anna', OPENED: 'Y', PHONE: [{ VALUE: '+7 495 000-00-51', VALUE_TYPE: 'WORK' }] } })
  // @ts-expect-error a flag is 'Y' or 'N'
  await b24.crm.contact.add({ fields: { OPENED: true } })
  // @ts-expect-error no such field
  await b24.crm.contact.update({ id: 50, fields: { NAMEE: 'Anna' } })
  // @ts-expect-error a read-only field is not written
  await b24.crm.contact.update({ id: 50, fields: { DATE_CREATE: '2024-01-01' } })
  await b24.crm.contact.list({ select: ['*', 'PHONE'], filter: { '%NAME': 'Iv', '>=ID': 1, '@ID': [1, 2] }, order: { LAST_NAME: 'ASC' } })
  // @ts-expect-error an unknown operator or field in a filter key
  await b24.crm.contact.list({ filter: { '~NAME': 'Iv' } })
  // @ts-expect-error a sort direction is ASC or DESC
  await b24.crm.contact.list({ order: { NAME: 'UP' } })
  for await (const item of b24.paginate('crm.contact.list', { select: ['ID'] })) expectTypeOf(item.ID).toEqualTypeOf<string | undefined>()
  // @ts-expect-error paginate takes list methods only
  b24.paginate('crm.contact.get', { id: 1 })
}
void typedContactFields

// The portal's custom fields (`UF_CRM_...`): entities with custom fields take and answer any key
// with the prefix, its value unknown; an entity without them (smart process types) refuses such a key.
async function readCustomFields() {
  const id = await b24.crm.contact.add({ fields: { NAME: 'Ann', UF_CRM_HELLO_WORLD: 'hi', UF_CRM_RATING: 1.5 } })
  const contact = await b24.crm.contact.get({ id: id as number })
  expectTypeOf(contact.UF_CRM_HELLO_WORLD).toEqualTypeOf<unknown>()
  expectTypeOf(contact.NAME).toEqualTypeOf<string | null>()
  await b24.crm.deal.update({ id: 1, fields: { UF_CRM_PLAN: 'A' } })
  await b24.crm.lead.add({ fields: { TITLE: 'x', UF_CRM_PLAN: 'A' } })
  // @ts-expect-error a smart process type has no custom fields in the specs
  await b24.crm.type.add({ fields: { title: 'x', UF_CRM_PLAN: 'A' } })
  // @ts-expect-error a key without the prefix is not a custom field
  await b24.crm.contact.add({ fields: { NAME: 'Ann', CRM_HELLO: 'hi' } })
}
void readCustomFields
