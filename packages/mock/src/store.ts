/** The in-memory store: records per entity keyed by id, seeded from the generated entity table. */
import { markPrimary, sortBindings } from './bindings.js'
import { createOptionStore, type MockOptionStore } from './options.js'
import { castPhpInt } from './params.js'
import type { MockEntity, MockRecord } from './table.js'

/**
 * Seed data: entity name to its records, as in a seed file (`{"contact": [{"ID": 50}]}`); an
 * `owner.target` key holds bindings (`{"deal.contact": [{"OWNER_ID": 1875, "CONTACT_ID": 55}]}`).
 */
export type MockSeed = Readonly<Record<string, readonly MockRecord[]>>

/** Read and change the records the mock holds. */
export interface MockStore {
  /** Every record of an entity, in id order. */
  list(entity: string): MockRecord[]
  /** One record, or undefined. */
  get(entity: string, id: number): MockRecord | undefined
  /** Adds or replaces a record; its id is read from the entity's id field. */
  put(entity: string, record: MockRecord): void
  /** Deletes a record and, with `cascade`, the records linked to it. Returns whether it existed. */
  delete(entity: string, id: number, cascade: boolean): boolean
  /**
   * The id an added record gets: one past the highest id the entity has held since the last load,
   * so a deleted id is never handed out again (the portal's ids are auto-increment).
   */
  nextId(entity: string): number
  /** Entity name to records: the whole store, for assertions. */
  snapshot(): Record<string, MockRecord[]>
  /**
   * Replaces the contents with the seed (and empties the options). A seed object is read once, when
   * first loaded by any store: loading it again (the engine's reset, or a new store) puts back what it
   * gave then, and costs only the tables changed since.
   */
  load(seed: MockSeed): void
  /**
   * The bindings of one owner record to records of `target` (a deal's contacts), in the order they
   * were set: copies, as `list` gives. Empty for an owner with none.
   */
  bindings(owner: string, target: string, ownerId: number): MockRecord[]
  /** Replaces an owner's bindings to `target`; an empty list removes them. */
  setBindings(owner: string, target: string, ownerId: number, rows: readonly MockRecord[]): void
  /** Application and user options, as the frame's `setAppOption` / `setUserOption` write them. */
  options: MockOptionStore
}

/** Thrown when a seed names an entity the specs do not declare, or a record lacks its id. */
export class MockSeedError extends Error {
  override name = 'MockSeedError'
}

const defaultSeeds = new WeakMap<Readonly<Record<string, MockEntity>>, MockSeed>()

/** The default store's seed: each entity's spec seed records (one object per entity table, so stores share its load). */
export function getDefaultSeed(entities: Readonly<Record<string, MockEntity>>): MockSeed {
  const known = defaultSeeds.get(entities)
  if (known) return known
  const seed = readDefaultSeed(entities)
  defaultSeeds.set(entities, seed)
  return seed
}

function readDefaultSeed(entities: Readonly<Record<string, MockEntity>>): MockSeed {
  const records = Object.values(entities).map((e) => [e.name, e.seed] as const)
  const bindings = Object.values(entities).flatMap((e) => (e.bindings ?? []).map((b) => [`${e.name}.${b.target}`, b.seed] as const))
  return Object.fromEntries([...records, ...bindings])
}

/**
 * What a load left: the tables it filled, kept so that loading the same seed again (the engine's
 * reset, before every test) restores them without reading the seed again.
 */
interface Loaded {
  seed: MockSeed
  entities: Readonly<Record<string, MockEntity>>
  tables: ReadonlyMap<string, Map<number, MockRecord>>
  highest: ReadonlyMap<string, number>
  lastKey: ReadonlyMap<string, number>
  relations: ReadonlyMap<string, Map<number, MockRecord[]>>
}

/**
 * The last load of each seed object, shared by every store that loads it (each engine of a test
 * suite loads the default seed): its tables are never changed in place, as a store copies a table
 * before its first change, so a new store starts from them without reading the seed again.
 */
const sharedLoads = new WeakMap<MockSeed, Loaded>()

function copyInto<V>(live: Map<string, V>, kept: ReadonlyMap<string, V>): void {
  live.clear()
  for (const [key, value] of kept) live.set(key, value)
}

function restoreKey<K, V>(live: Map<K, V>, loaded: ReadonlyMap<K, V>, key: K): void {
  const value = loaded.get(key)
  if (value === undefined) live.delete(key)
  else live.set(key, value)
}

/**
 * Creates a store for the given entities holding the seed's records.
 *
 * Tables are copied on write: after a load every table is the loaded one, and the first change to
 * a table (or to an `owner.target` relation) copies it. Loading the same seed object again puts
 * back only the tables changed since, so a reset costs what the last test touched, not the size of
 * every entity's seed.
 */
export function createStore(entities: Readonly<Record<string, MockEntity>>, seed: MockSeed): MockStore {
  const tables = new Map<string, Map<number, MockRecord>>()
  const highest = new Map<string, number>()
  // Maps keep insertion order. A table stays in id order while ids arrive rising (seeds, adds);
  // one that got a lower new id is sorted once, when something next reads it in order.
  const unsorted = new Set<string>()
  const lastKey = new Map<string, number>()
  // Bindings per `owner.target`, then per owner id; kept apart from the records they bind.
  const relations = new Map<string, Map<number, MockRecord[]>>()
  // The tables and relations changed since the last load: this store's own copies.
  const ownTables = new Set<string>()
  const ownRelations = new Set<string>()
  let loaded: Loaded | undefined
  /** A relation to change: this store's own copy, made on the first change since the load. */
  const relationOf = (name: string) => {
    if (!ownRelations.has(name)) {
      relations.set(name, new Map(relations.get(name)))
      ownRelations.add(name)
    }
    return relations.get(name) as Map<number, MockRecord[]>
  }
  const entityOf = (name: string): MockEntity => {
    const entity = entities[name]
    if (!entity) throw new MockSeedError(`Unknown entity "${name}": expected one of ${Object.keys(entities).join(', ')}`)
    return entity
  }
  /** A table to change: this store's own copy, made on the first change since the load. */
  const tableOf = (name: string) => {
    if (!ownTables.has(name)) {
      tables.set(name, new Map(tables.get(name)))
      ownTables.add(name)
    }
    return tables.get(name) as Map<number, MockRecord>
  }
  const orderedOf = (name: string) => {
    const table = tables.get(name)
    if (!table || !unsorted.has(name)) return table
    const entries = [...table.entries()].sort(([a], [b]) => a - b)
    const sorted = new Map(entries)
    // Only a changed table is unsorted, so the sorted one is this store's own too.
    tables.set(name, sorted)
    unsorted.delete(name)
    lastKey.set(name, entries.at(-1)?.[0] ?? 0)
    return sorted
  }
  /** Back to what the last load left: only the tables and relations changed since. */
  const restore = (from: Loaded) => {
    for (const name of ownTables) {
      restoreKey(tables, from.tables, name)
      restoreKey(highest, from.highest, name)
      restoreKey(lastKey, from.lastKey, name)
      unsorted.delete(name)
    }
    for (const name of ownRelations) restoreKey(relations, from.relations, name)
    ownTables.clear()
    ownRelations.clear()
  }
  /** Starts from another store's load of the same seed: its tables, shared until changed. */
  const adopt = (from: Loaded) => {
    loaded = from
    copyInto(tables, from.tables)
    copyInto(highest, from.highest)
    copyInto(lastKey, from.lastKey)
    copyInto(relations, from.relations)
    unsorted.clear()
    ownTables.clear()
    ownRelations.clear()
  }
  /** Seeds `owner.target` bindings: the owner must declare the target, each row name its owner. */
  const loadBindings = (name: string, rows: readonly MockRecord[]) => {
    const [owner = '', target = ''] = name.split('.')
    if (!entityOf(owner).bindings?.some((b) => b.target === target))
      throw new MockSeedError(`Unknown bindings "${name}": ${owner} declares no bindings to ${target}`)
    // Grouped by owner first, so each owner's list is written once however many rows the seed has.
    const byOwner = new Map<number, MockRecord[]>()
    for (const row of rows) {
      const { OWNER_ID, ...binding } = row
      const ownerId = castPhpInt(OWNER_ID)
      if (ownerId === undefined || ownerId <= 0)
        throw new MockSeedError(`A ${name} binding needs a positive integer OWNER_ID, got ${JSON.stringify(OWNER_ID)}`)
      const list = byOwner.get(ownerId)
      if (list) list.push(binding)
      else byOwner.set(ownerId, [binding])
    }
    for (const [ownerId, list] of byOwner) store.setBindings(owner, target, ownerId, list)
  }
  const store: MockStore = {
    list: (entity) => [...(orderedOf(entity)?.values() ?? [])].map((r) => ({ ...r })),
    get: (entity, id) => {
      const record = tables.get(entity)?.get(id)
      return record ? { ...record } : undefined
    },
    put(entity, record) {
      const { idField } = entityOf(entity)
      const id = castPhpInt(record[idField])
      if (id === undefined || id <= 0)
        throw new MockSeedError(`A ${entity} record needs a positive integer ${idField}, got ${JSON.stringify(record[idField])}`)
      const table = tableOf(entity)
      // A replaced record keeps its place; a new one is in order only past the last id placed.
      if (!table.has(id)) {
        const last = lastKey.get(entity) ?? 0
        if (id > last) lastKey.set(entity, id)
        else unsorted.add(entity)
      }
      table.set(id, { ...record })
      highest.set(entity, Math.max(highest.get(entity) ?? 0, id))
    },
    delete(entity, id, cascade) {
      if (!tables.get(entity)?.has(id)) return false
      tableOf(entity).delete(id)
      // The portal unbinds a deleted record: as an owner it loses its bindings, as a target it leaves every owner's.
      for (const [name, relation] of relations) {
        const [owner, target] = name.split('.')
        if (owner === entity && relation.has(id)) relationOf(name).delete(id)
        if (target !== entity) continue
        // Read again: a relation of an entity to itself may have been copied just above.
        const current = relations.get(name) ?? relation
        const key = entities[owner ?? '']?.bindings?.find((b) => b.target === entity)?.key ?? `${entity.toUpperCase()}_ID`
        for (const [ownerId, rows] of current) {
          const kept = rows.filter((row) => castPhpInt(row[key]) !== id)
          if (kept.length === rows.length) continue
          // As when the binding is removed by hand: the primary mark stays, or passes to the first by SORT.
          if (kept.length === 0) relationOf(name).delete(ownerId)
          else relationOf(name).set(ownerId, markPrimary(sortBindings(kept)))
        }
      }
      if (cascade) {
        for (const link of entityOf(entity).linked) {
          const linked = [...(tables.get(link.entity) ?? [])].filter(([, record]) => castPhpInt(record[link.field]) === id)
          if (linked.length > 0) for (const [key] of linked) tableOf(link.entity).delete(key)
        }
      }
      return true
    },
    nextId: (entity) => (highest.get(entity) ?? 0) + 1,
    bindings: (owner, target, ownerId) => (relations.get(`${owner}.${target}`)?.get(ownerId) ?? []).map((row) => ({ ...row })),
    setBindings(owner, target, ownerId, rows) {
      const relation = relationOf(`${owner}.${target}`)
      if (rows.length === 0) relation.delete(ownerId)
      else
        relation.set(
          ownerId,
          rows.map((row) => ({ ...row })),
        )
    },
    snapshot() {
      const records = Object.keys(entities).map((name) => [name, store.list(name)] as const)
      // Bindings appear as `owner.target` rows with OWNER_ID, owners in id order, once any exist.
      const bindings = [...relations.entries()]
        .map(([name, relation]) => {
          const owners = [...relation.entries()].sort(([a], [b]) => a - b)
          return [name, owners.flatMap(([ownerId, rows]) => rows.map((row) => ({ OWNER_ID: ownerId, ...row })))] as const
        })
        .filter(([, rows]) => rows.length > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      return Object.fromEntries([...records, ...bindings])
    },
    options: createOptionStore(),
    load(seed) {
      store.options.clear()
      if (seed === loaded?.seed) return restore(loaded)
      const shared = sharedLoads.get(seed)
      if (shared?.entities === entities) return adopt(shared)
      loaded = undefined
      tables.clear()
      highest.clear()
      unsorted.clear()
      lastKey.clear()
      relations.clear()
      ownTables.clear()
      ownRelations.clear()
      for (const name of Object.keys(entities)) tables.set(name, new Map())
      for (const [name, records] of Object.entries(seed)) {
        if (name.includes('.')) loadBindings(name, records)
        else {
          entityOf(name)
          for (const record of records) store.put(name, record)
        }
      }
      // Sorted now, so that what is kept is in id order and only a changed table is ever unsorted.
      for (const name of [...unsorted]) orderedOf(name)
      loaded = {
        seed,
        entities,
        tables: new Map(tables),
        highest: new Map(highest),
        lastKey: new Map(lastKey),
        relations: new Map(relations),
      }
      sharedLoads.set(seed, loaded)
      ownTables.clear()
      ownRelations.clear()
    },
  }
  store.load(seed)
  return store
}
