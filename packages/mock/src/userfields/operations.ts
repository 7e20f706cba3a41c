/**
 * crm.<entity>.userfield.add|list|get|update|delete on the store: custom field rows kept in one table
 * (the portal's ids are shared by every owner), each marked with its owner's ENTITY_ID. Generic: reads
 * only the table row (parameter names, error ids) and the owner entity's `userFields`.
 */
import { castPhpInt } from '../params.js'
import { asRecordObject } from '../plain-values.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockRecord, MockUserFieldOperation } from '../table.js'
import { buildUserFieldRow, printUserFieldRow, type RowOutcome, updateUserFieldRow } from './rows.js'
import { dropUserValues, listUserFieldRows } from './values.js'

/** A custom field operation's answer, or the id of its error row. */
export type UserFieldOutcome = { ok: true; result: unknown; recordId?: number } | { ok: false; rowId: string }

/** What a custom field operation reads: the checked parameter values, the store and the entity table. */
export interface UserFieldContext {
  values: ReadonlyMap<string, unknown>
  store: MockStore
  entities: Readonly<Record<string, MockEntity>>
}

/** The keys list's filter matches exactly (the list page's filterable fields). */
const filterKeys = new Set([
  'ID',
  'FIELD_NAME',
  'USER_TYPE_ID',
  'XML_ID',
  'SORT',
  'MULTIPLE',
  'MANDATORY',
  'SHOW_FILTER',
  'SHOW_IN_LIST',
  'EDIT_IN_LIST',
  'IS_SEARCHABLE',
])
/** The keys list sorts by; ID and SORT compare as numbers. */
const orderKeys = new Set(['ID', 'FIELD_NAME', 'USER_TYPE_ID', 'XML_ID', 'SORT'])

function getOwnerOrThrow(
  op: MockUserFieldOperation,
  ctx: UserFieldContext,
): MockEntity & { userFields: NonNullable<MockEntity['userFields']> } {
  const owner = ctx.entities[op.owner]
  if (!owner?.userFields) throw new Error(`${op.owner} declares no userFields, so it holds no custom fields`)
  return owner as MockEntity & { userFields: NonNullable<MockEntity['userFields']> }
}

/** The error row of a refusal; a table without one is a spec the validator should have refused. */
function refuse(op: MockUserFieldOperation, outcome: Extract<RowOutcome, { ok: false }>): UserFieldOutcome {
  const rowId = op.refusals?.[outcome.why]
  if (rowId === undefined) throw new Error(`The userfield operation on ${op.owner} names no error row for "${outcome.why}"`)
  return { ok: false, rowId }
}

/** The row the id parameter names, or the outcome to answer: not found, or another owner's field. */
function findRow(
  op: MockUserFieldOperation,
  ctx: UserFieldContext,
  entityId: string,
): { ok: true; row: MockRecord } | { ok: false; rowId: string } {
  const id = op.by === undefined ? undefined : castPhpInt(ctx.values.get(op.by))
  const row = id === undefined ? undefined : ctx.store.get(op.entity, id)
  const notFound = op.notFound ?? ''
  if (!row) return { ok: false, rowId: notFound }
  // "the user attempts to access a custom field not linked to contacts": Access denied.
  if (row.ENTITY_ID !== entityId) return { ok: false, rowId: op.foreign ?? notFound }
  return { ok: true, row }
}

function compareBy(key: string, a: MockRecord, b: MockRecord): number {
  if (key === 'ID' || key === 'SORT') return (castPhpInt(a[key]) ?? 0) - (castPhpInt(b[key]) ?? 0)
  const x = String(a[key] ?? '')
  const y = String(b[key] ?? '')
  return x < y ? -1 : x > y ? 1 : 0
}

/** list: exact-match filter on the filterable keys, `LANG` picks the labels' language, order by SORT then ID by default. */
function listRows(op: MockUserFieldOperation, ctx: UserFieldContext, owner: MockEntity): UserFieldOutcome {
  const filter = asRecordObject(op.filter === undefined ? undefined : ctx.values.get(op.filter))
  const order = Object.entries(asRecordObject(op.order === undefined ? undefined : ctx.values.get(op.order)))
    .map(([key, dir]) => ({ key: key.toUpperCase(), desc: String(dir).toUpperCase() === 'DESC' }))
    .filter((o) => orderKeys.has(o.key))
  const lang = filter.LANG === undefined || filter.LANG === null ? undefined : String(filter.LANG)
  const matching = listUserFieldRows(owner, ctx.store).filter((row) => {
    const printed = printUserFieldRow(row, 'none')
    return Object.entries(filter).every(([key, want]) => {
      const name = key.toUpperCase()
      return !filterKeys.has(name) || String(printed[name] ?? '') === String(want ?? '')
    })
  })
  const sorted =
    order.length === 0
      ? matching
      : [...matching].sort((a, b) => {
          for (const { key, desc } of order) {
            const c = compareBy(key, a, b)
            if (c !== 0) return desc ? -c : c
          }
          return 0
        })
  return { ok: true, result: sorted.map((row) => printUserFieldRow(row, lang === undefined ? 'none' : { lang })) }
}

/** Runs one crm.<entity>.userfield.* call on the store. */
export function runUserFieldOperation(op: MockUserFieldOperation, ctx: UserFieldContext): UserFieldOutcome {
  const owner = getOwnerOrThrow(op, ctx)
  const { entityId, prefix } = owner.userFields
  const rowCtx = () => ({ entityId, prefix, rows: ctx.store.list(op.entity) })
  switch (op.action) {
    case 'add': {
      const id = ctx.store.nextId(op.entity)
      const built = buildUserFieldRow(id, op.fields === undefined ? undefined : ctx.values.get(op.fields), rowCtx())
      if (!built.ok) return refuse(op, built)
      ctx.store.put(op.entity, built.row)
      return { ok: true, result: id, recordId: id }
    }
    case 'list':
      return listRows(op, ctx, owner)
    case 'get': {
      const found = findRow(op, ctx, entityId)
      return found.ok ? { ok: true, result: printUserFieldRow(found.row) } : found
    }
    case 'update': {
      const found = findRow(op, ctx, entityId)
      if (!found.ok) return found
      const { row } = found
      const changed = updateUserFieldRow(row, op.fields === undefined ? undefined : ctx.values.get(op.fields), rowCtx())
      if (!changed.ok) return refuse(op, changed)
      ctx.store.put(op.entity, changed.row)
      return { ok: true, result: true, recordId: castPhpInt(row.ID) }
    }
    case 'delete': {
      const found = findRow(op, ctx, entityId)
      if (!found.ok) return found
      const { row } = found
      const id = castPhpInt(row.ID) ?? 0
      ctx.store.delete(op.entity, id, false)
      dropUserValues(owner, ctx.store, String(row.FIELD_NAME))
      return { ok: true, result: true, recordId: id }
    }
  }
}
