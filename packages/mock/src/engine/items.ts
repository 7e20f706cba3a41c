/**
 * The crm.item.* and crm.type.* operations: records answered in camelCase and wrapped (`{ item }`,
 * `{ items }`), with the entity chosen per call by an entityTypeId. One store behind both families:
 * entity type 3 is the `contact` table crm.contact.* reads, and a smart process's items are rows of
 * the `item` table marked with its entityTypeId. A record of an entity that defines entity types
 * (a smart process type) makes a new entityTypeId that crm.item.* serves at once. Generic: reads only
 * the table row (operation, names, error ids) and the entities' typed fields.
 */
import { castPhpInt } from '../params.js'
import { pageOf } from '../query.js'
import { applyFields, getDerivedFlag, getFieldsOrThrow, numericTypes } from '../records.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockEntityField, MockRecord, MockRecordOperation } from '../table.js'
import { findRecord } from './find-record.js'
import { matchesGroup, toUpperKeys } from './item-filter.js'

/** An item operation's answer, or the id of the error row to answer. */
export type ItemOutcome = { ok: true; result: unknown; total?: number; next?: number } | { ok: false; rowId: string }

/** What an item operation reads. */
export interface ItemContext {
  values: ReadonlyMap<string, unknown>
  store: MockStore
  entities: Readonly<Record<string, MockEntity>>
  lang: 'ru' | 'en'
  /** The method's fixed result (`[]` for a delete). */
  result: unknown
}

/** Whether the engine runs the operation here: camelCase answers or an entity chosen by entityTypeId. */
export function isItemOperation(op: MockRecordOperation): boolean {
  return op.naming === 'camel' || op.entityTypeBy !== undefined
}

/** The records one call works on: an entity, and for a smart process the mark its items carry. */
interface Target {
  entity: MockEntity
  mark?: { field: string; value: number }
}

/** The entity an entityTypeId names: a declared entity, or a smart process a type record defines. */
function resolveTarget(op: MockRecordOperation, ctx: ItemContext): Target | undefined {
  const declared = ctx.entities[op.entity]
  if (op.entityTypeBy === undefined) return declared && { entity: declared }
  const id = castPhpInt(ctx.values.get(op.entityTypeBy))
  if (id === undefined) return undefined
  const entities = Object.values(ctx.entities)
  const direct = entities.find((e) => e.entityTypeId === id && e.fields?.length)
  if (direct) return { entity: direct }
  for (const definer of entities) {
    const defines = definer.definesEntityTypes
    if (!defines) continue
    const items = ctx.entities[defines.itemEntity]
    if (items && ctx.store.list(definer.name).some((r) => castPhpInt(r[defines.field]) === id))
      return { entity: items, mark: { field: defines.field, value: id } }
  }
  return undefined
}

const camelOf = (field: MockEntityField): string => field.camelName ?? field.name
/** The fields the camelCase family answers. */
const camelFields = (entity: MockEntity) => getFieldsOrThrow(entity).filter((f) => !f.upperOnly)

/** Field name in either spelling -> its UPPER_CASE name. */
function createNameMap(entity: MockEntity): Map<string, string> {
  const names = new Map<string, string>()
  for (const field of getFieldsOrThrow(entity)) {
    names.set(field.name, field.name)
    names.set(camelOf(field), field.name)
  }
  return names
}

/** A value as crm.item.* prints it: ids and numbers as numbers, flags as `Y`/`N`. */
function printItemValue(field: MockEntityField, value: unknown): unknown {
  if (value === undefined || value === null) return field.isMultiple ? [] : null
  if (numericTypes.has(field.type) || field.type === 'double') {
    const toNumber = (v: unknown) => Number(v)
    return Array.isArray(value) ? value.map(toNumber) : toNumber(value)
  }
  return value
}

/** A stored record in camelCase; custom fields keep UPPER_CASE names when `useOriginalUfNames` is `Y`. */
function renderItem(entity: MockEntity, record: MockRecord, originalUf: boolean): MockRecord {
  const out: MockRecord = {}
  const fields = getFieldsOrThrow(entity)
  for (const field of camelFields(entity)) {
    const key = originalUf && field.name.startsWith('UF_') ? field.name : camelOf(field)
    out[key] = getDerivedFlag(fields, record, field.name) ?? printItemValue(field, record[field.name])
  }
  return out
}

/** Sent fields with their names turned UPPER_CASE; unknown names stay as sent (and are ignored). */
function toUpperFields(names: Map<string, string>, sent: unknown): Record<string, unknown> {
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return {}
  return Object.fromEntries(Object.entries(sent).map(([k, v]) => [names.get(k) ?? k, v]))
}

function isMarked(target: Target, record: MockRecord | undefined): record is MockRecord {
  return record !== undefined && (!target.mark || castPhpInt(record[target.mark.field]) === target.mark.value)
}

/** The next entityTypeId for a new smart process: even numbers from 1032, as portals hand them out. */
function nextEntityTypeId(records: readonly MockRecord[], field: string): number {
  const highest = Math.max(1030, ...records.map((r) => castPhpInt(r[field]) ?? 0))
  return highest + (highest % 2 === 0 ? 2 : 1)
}

/** The owner fields a call names (`ENTITY_ID` from `entityId`): what add writes and list keeps to. */
function readOwner(op: MockRecordOperation, values: ReadonlyMap<string, unknown>): MockRecord {
  return Object.fromEntries(Object.entries(op.ownerBy ?? {}).map(([field, param]) => [field, values.get(param)]))
}

/** Whether a stored record belongs to the owner the call names (every record, where the method names none). */
const isOwnedBy = (owner: MockRecord, record: MockRecord): boolean =>
  Object.entries(owner).every(([field, value]) => String(record[field]) === String(value))

/** Runs one operation of the camelCase family. */
export function runItemOperation(op: MockRecordOperation, ctx: ItemContext): ItemOutcome {
  const target = resolveTarget(op, ctx)
  if (!target) return { ok: false, rowId: op.typeNotFound ?? 'typeNotFound' }
  const { entity } = target
  const { store } = ctx
  const names = createNameMap(entity)
  const originalUf = op.originalUfNamesBy !== undefined && ctx.values.get(op.originalUfNamesBy) === 'Y'
  const wrap = (payload: unknown) => (op.wrap ? { [op.wrap]: payload } : payload)
  const readId = (by: string) => castPhpInt(ctx.values.get(by))

  switch (op.kind) {
    case 'add': {
      const id = store.nextId(entity.name)
      const sent = op.fields === undefined ? {} : toUpperFields(names, ctx.values.get(op.fields))
      // `set` holds what every new record starts with, read-only fields included (a new payment is unpaid).
      const made = applyFields(entity, { [entity.idField]: id, ...op.set }, sent, true, store.list(entity.name))
      let record = { ...made, ...readOwner(op, ctx.values) }
      if (target.mark) record = { ...record, [target.mark.field]: target.mark.value }
      if (entity.definesEntityTypes && castPhpInt(record[entity.definesEntityTypes.field]) === undefined) {
        const field = entity.definesEntityTypes.field
        record = { ...record, [field]: nextEntityTypeId(store.list(entity.name), field) }
      }
      store.put(entity.name, record)
      return { ok: true, result: op.answersId ? id : wrap(renderItem(entity, record, originalUf)) }
    }
    case 'update': {
      const id = readId(op.by)
      const record = id === undefined ? undefined : store.get(entity.name, id)
      if (!isMarked(target, record)) return { ok: false, rowId: op.notFound }
      const sent = op.fields === undefined ? {} : toUpperFields(names, ctx.values.get(op.fields))
      // `set` holds what the method always writes (crm.item.payment.pay: PAID = Y).
      const changed = { ...applyFields(entity, record, sent, false, store.list(entity.name)), ...op.set }
      store.put(entity.name, changed)
      // A method whose answer is fixed (`true`) answers it; crm.item.update answers the record.
      return { ok: true, result: ctx.result ?? wrap(renderItem(entity, changed, originalUf)) }
    }
    case 'get': {
      const id = readId(op.by)
      const record = id === undefined ? undefined : findRecord(store, entity, id, op.match)
      if (!isMarked(target, record)) return { ok: false, rowId: op.notFound }
      return { ok: true, result: wrap(renderItem(entity, record, originalUf)) }
    }
    case 'delete': {
      const id = readId(op.by)
      const record = id === undefined ? undefined : store.get(entity.name, id)
      if (!isMarked(target, record) || id === undefined || !store.delete(entity.name, id, op.cascade))
        return { ok: false, rowId: op.notFound }
      // A spec that fixes the result answers it, `null` included (crm.documentgenerator.numerator.delete,
      // crm.automatedsolution.delete); none means `true`.
      return { ok: true, result: ctx.result === undefined ? true : ctx.result }
    }
    case 'list': {
      const read = (name: string | undefined) => (name === undefined ? undefined : ctx.values.get(name))
      const owner = readOwner(op, ctx.values)
      const printed = store
        .list(entity.name)
        .filter((r) => isMarked(target, r) && isOwnedBy(owner, r))
        .map((r) => ({ upper: r, item: renderItem(entity, r, originalUf) }))
      const filter = toUpperKeys(names, read(op.filter))
      const order = Object.entries(toUpperKeys(names, read(op.order)))
      const matching = printed
        .filter((r) => matchesGroup(r.upper, filter))
        .sort((a, b) => compareBy(order, a.upper, b.upper, entity.idField))
      const select = readItemSelect(read(op.select), entity)
      const pick = ({ item }: { item: MockRecord }) =>
        select ? Object.fromEntries(Object.entries(item).filter(([k]) => select.has(k))) : item
      // A list with no page offset to take (crm.item.payment.list) answers every match, without `total`.
      if (op.start === undefined) return { ok: true, result: wrap(matching.map(pick)) }
      const page = pageOf(matching, castPhpInt(read(op.start) ?? 0) ?? 0, op.pageSize)
      const items = page.items.map(pick)
      return { ok: true, result: wrap(items), total: page.total, ...(page.next === undefined ? {} : { next: page.next }) }
    }
    case 'fields':
      return { ok: true, result: wrap(describeItemFields(entity, ctx.lang, originalUf)) }
  }
}

function compareBy(order: [string, unknown][], a: MockRecord, b: MockRecord, idField: string): number {
  const cmp = (x: unknown, y: unknown) => {
    const [m, n] = [Number(x), Number(y)]
    if (x !== null && y !== null && x !== '' && y !== '' && Number.isFinite(m) && Number.isFinite(n)) return m - n
    const [s, t] = [String(x ?? ''), String(y ?? '')]
    return s < t ? -1 : s > t ? 1 : 0
  }
  for (const [field, dir] of order) {
    const c = cmp(a[field], b[field])
    if (c !== 0) return String(dir).toUpperCase() === 'DESC' ? -c : c
  }
  return cmp(a[idField], b[idField])
}

/** The camelCase names a select asks for; `*` or no select answers every field. */
function readItemSelect(select: unknown, entity: MockEntity): Set<string> | undefined {
  const names = Array.isArray(select) ? select.map(String) : []
  if (names.length === 0 || names.includes('*')) return undefined
  const camel = new Map(getFieldsOrThrow(entity).map((f) => [f.name, camelOf(f)]))
  return new Set(names.map((n) => camel.get(n) ?? n))
}

/** The fields answer of crm.item.fields and crm.type.fields: camelCase name -> description with upperName. */
function describeItemFields(entity: MockEntity, lang: 'ru' | 'en', originalUf: boolean): Record<string, unknown> {
  return Object.fromEntries(
    camelFields(entity).map((f) => [
      originalUf && f.name.startsWith('UF_') ? f.name : camelOf(f),
      {
        type: f.type,
        isRequired: f.isRequired,
        isReadOnly: f.isReadOnly,
        isImmutable: f.isImmutable,
        isMultiple: f.isMultiple,
        isDynamic: f.isDynamic,
        title: f.title[lang],
        upperName: f.name,
      },
    ]),
  )
}
