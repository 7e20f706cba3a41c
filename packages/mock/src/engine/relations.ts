/**
 * Relation operations: the bindings of one owner record to records of another entity (a deal's
 * contacts, crm.deal.contact.*). The rules are the pages': a binding names its target by
 * `CONTACT_ID`, carries `SORT`, `ROLE_ID` and `IS_PRIMARY`; exactly one binding of a non-empty list
 * is primary (the first marked `Y`, else the first); items.set numbers unsorted bindings
 * `(i + 1) * 10`; add answers `false` for a target already bound, delete for one not bound; a
 * removed primary hands the mark to the first binding left.
 */
import { markPrimary, sortBindings } from '../bindings.js'
import { castPhpInt } from '../params.js'
import { asRecordObject, toList } from '../records.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockRecord, MockRelationOperation } from '../table.js'

/** What a relation operation reads: the checked parameter values, the store and the entity table. */
export interface RelationContext {
  values: ReadonlyMap<string, unknown>
  store: MockStore
  entities?: Readonly<Record<string, MockEntity>>
}

/**
 * The owner's own fields that mirror its bindings, where it declares them: `CONTACT_IDS` lists the
 * bound contacts in SORT order and `CONTACT_ID` names the primary one (a deal answers both).
 */
function mirrorBindings(op: MockRelationOperation, ctx: RelationContext, ownerId: number, rows: MockRecord[]): void {
  const names = new Set(ctx.entities?.[op.entity]?.fields?.map((f) => f.name))
  const list = `${op.key}S`
  if (!names.has(op.key) && !names.has(list)) return
  const record = ctx.store.get(op.entity, ownerId)
  if (!record) return
  const sorted = sortBindings(rows)
  if (names.has(list)) record[list] = sorted.map((row) => row[op.key])
  if (names.has(op.key)) record[op.key] = sorted.find((row) => row.IS_PRIMARY === 'Y')?.[op.key] ?? null
  ctx.store.put(op.entity, record)
}

/** The operation's answer, or the id of its error row. */
export type RelationOutcome = { ok: true; result: unknown } | { ok: false; rowId: string }

/** One sent binding as stored, or undefined when it lacks a positive target id. */
function readBinding(op: MockRelationOperation, sent: unknown, defaultSort: number): MockRecord | undefined {
  const fields = asRecordObject(sent)
  const id = castPhpInt(fields[op.key])
  if (id === undefined || id <= 0) return undefined
  const sort = castPhpInt(fields.SORT)
  return { [op.key]: id, SORT: sort ?? defaultSort, ROLE_ID: 0, IS_PRIMARY: fields.IS_PRIMARY === 'Y' ? 'Y' : 'N' }
}

/** Runs one relation operation on the owner named by `op.by`. */
export function runRelationOperation(op: MockRelationOperation, ctx: RelationContext): RelationOutcome {
  const { store } = ctx
  const ownerId = castPhpInt(ctx.values.get(op.by))
  if (ownerId === undefined || !store.get(op.entity, ownerId)) return { ok: false, rowId: op.notFound }
  const current = sortBindings(store.bindings(op.entity, op.target, ownerId))
  const save = (rows: MockRecord[]) => {
    store.setBindings(op.entity, op.target, ownerId, rows)
    mirrorBindings(op, ctx, ownerId, rows)
  }
  const invalid: RelationOutcome = { ok: false, rowId: op.itemInvalid ?? op.notFound }
  const sent = op.items === undefined ? undefined : ctx.values.get(op.items)
  const boundTo = (id: unknown) => current.findIndex((row) => row[op.key] === id)

  switch (op.action) {
    case 'get':
      return { ok: true, result: current }
    case 'clear':
      save([])
      return { ok: true, result: true }
    case 'set': {
      const rows: MockRecord[] = []
      for (const [i, item] of toList(sent).entries()) {
        const row = readBinding(op, item, (i + 1) * 10)
        if (!row) return invalid
        rows.push(row)
      }
      save(rows.length === 0 ? [] : markPrimary(rows))
      return { ok: true, result: true }
    }
    case 'add': {
      // A SORT left out goes after the bindings there are (the page gives no default for add).
      const row = readBinding(op, sent, Math.max(0, ...current.map((r) => Number(r.SORT))) + 10)
      if (!row) return invalid
      if (boundTo(row[op.key]) >= 0) return { ok: true, result: false }
      const wantsPrimary = asRecordObject(sent).IS_PRIMARY === 'Y' || !current.some((r) => r.IS_PRIMARY === 'Y')
      const rest = wantsPrimary ? current.map((r) => ({ ...r, IS_PRIMARY: 'N' })) : current
      save([...rest, { ...row, IS_PRIMARY: wantsPrimary ? 'Y' : 'N' }])
      return { ok: true, result: true }
    }
    case 'delete': {
      const row = readBinding(op, sent, 0)
      if (!row) return invalid
      const at = boundTo(row[op.key])
      if (at < 0) return { ok: true, result: false }
      const left = current.filter((_, i) => i !== at)
      save(left.length === 0 ? [] : markPrimary(left))
      return { ok: true, result: true }
    }
  }
}
