/**
 * The record operations beside delete: add, update, get, list and fields. Generic: each reads only
 * its table row (entity, parameter names, not-found row, page size) and the entity's typed fields.
 */
import { bindFromFields } from './engine/binding-fields.js'
import { findRecord } from './engine/find-record.js'
import type { PortalLang } from './envelope.js'
import { castPhpInt } from './params.js'
import { matchesFilter, pageOf, readSelect, sortRecords } from './query.js'
import { applyFields, asRecordObject, describeFields, type FillContext, getFieldsOrThrow, renderRecord } from './records.js'
import type { MockStore } from './store.js'
import type {
  MockAddOperation,
  MockEntity,
  MockFieldsOperation,
  MockGetOperation,
  MockListOperation,
  MockUpdateOperation,
} from './table.js'
import { findRefusedValue } from './userfields/values.js'

/** A record operation's answer: a result (with `total` and `next` for a list), or the id of its not-found row. */
export type RecordOutcome = { ok: true; result: unknown; total?: number; next?: number; recordId?: number } | { ok: false; rowId: string }

/** What a record operation reads: the checked parameter values, the store, the entity and the portal language. */
export interface RecordContext {
  values: ReadonlyMap<string, unknown>
  store: MockStore
  entity: MockEntity
  lang: PortalLang
  /** The clock and the caller, for the fields the portal fills by itself (add, update). */
  fill?: FillContext
}

/** The value of the parameter an operation names, or undefined where it names none. */
const readParam = (ctx: RecordContext, name: string | undefined): unknown => (name === undefined ? undefined : ctx.values.get(name))

function addRecord(op: MockAddOperation, ctx: RecordContext): RecordOutcome {
  const { store, entity } = ctx
  const sent = readParam(ctx, op.fields)
  // A custom list field sent a value outside its items refuses the whole call (userfields/values.ts).
  if (op.invalidValue !== undefined && findRefusedValue(entity, sent)) return { ok: false, rowId: op.invalidValue }
  const id = store.nextId(entity.name)
  const record = applyFields(entity, { [entity.idField]: id }, sent, true, store.list(entity.name), ctx.fill)
  store.put(entity.name, record)
  bindFromFields(entity, store, id, sent)
  return { ok: true, result: id, recordId: id }
}

function readId(by: string, ctx: RecordContext): number | undefined {
  const id = ctx.values.get(by)
  return typeof id === 'number' ? id : castPhpInt(id)
}

function updateRecord(op: MockUpdateOperation, ctx: RecordContext): RecordOutcome {
  const { store, entity } = ctx
  const id = readId(op.by, ctx)
  const record = id === undefined ? undefined : store.get(entity.name, id)
  if (id === undefined || !record) return { ok: false, rowId: op.notFound }
  const sent = readParam(ctx, op.fields)
  if (op.invalidValue !== undefined && findRefusedValue(entity, sent)) return { ok: false, rowId: op.invalidValue }
  store.put(entity.name, applyFields(entity, record, sent, false, store.list(entity.name), ctx.fill))
  bindFromFields(entity, store, id, sent)
  return { ok: true, result: true, recordId: id }
}

function getRecord(op: MockGetOperation, ctx: RecordContext): RecordOutcome {
  const id = readId(op.by, ctx)
  const record = id === undefined ? undefined : findRecord(ctx.store, ctx.entity, id, op.match)
  if (!record) return { ok: false, rowId: op.notFound }
  return { ok: true, result: renderRecord(ctx.entity, record) }
}

function listRecords(op: MockListOperation, ctx: RecordContext): RecordOutcome {
  const { entity } = ctx
  const fields = getFieldsOrThrow(entity)
  const all = new Set(fields.map((f) => f.name))
  const plain = fields.filter((f) => f.type !== 'crm_multifield' && !f.userField).map((f) => f.name)
  // `UF_*` and the default select take the single custom fields; a multiple one only when named (list page).
  const custom = fields.filter((f) => f.userField && !f.isMultiple).map((f) => f.name)
  const read = (name: string | undefined) => (name === undefined ? undefined : ctx.values.get(name))
  // Filter and order see every field, multi-fields included; the answer only what select names.
  const printed = ctx.store.list(entity.name).map((r) => renderRecord(entity, r, all))
  const filter = asRecordObject(read(op.filter))
  const matching = sortRecords(
    printed.filter((r) => matchesFilter(r, filter)),
    asRecordObject(read(op.order)),
    entity.idField,
  )
  const start = castPhpInt(read(op.start) ?? 0) ?? 0
  // `start=-1` (any negative start) skips the count, as the docs' guide for large data says: the first
  // page is served with `total` 0 and no `next` (settings/performance/huge-data.md).
  const page = start < 0 ? { items: matching.slice(0, op.pageSize), total: 0 } : pageOf(matching, start, op.pageSize)
  const select = readSelect(read(op.select), plain, custom) ?? new Set([...plain, ...custom])
  const items = page.items.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => select.has(k))))
  return { ok: true, result: items, total: page.total, ...('next' in page && page.next !== undefined ? { next: page.next } : {}) }
}

/** Runs add, update, get, list or fields on the entity. */
export function runRecordOperation(
  op: MockAddOperation | MockUpdateOperation | MockGetOperation | MockListOperation | MockFieldsOperation,
  ctx: RecordContext,
): RecordOutcome {
  switch (op.kind) {
    case 'add':
      return addRecord(op, ctx)
    case 'update':
      return updateRecord(op, ctx)
    case 'get':
      return getRecord(op, ctx)
    case 'list':
      return listRecords(op, ctx)
    case 'fields':
      return { ok: true, result: describeFields(ctx.entity, ctx.lang) }
  }
}
