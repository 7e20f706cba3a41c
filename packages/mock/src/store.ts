/** The in-memory store: records per entity keyed by id, seeded from the generated entity table. */
import { createOptionStore, type MockOptionStore } from './options.js'
import { castPhpInt } from './params.js'
import type { MockEntity, MockRecord } from './table.js'

/** Seed data: entity name to its records, as in a seed file (`{"contact": [{"ID": 50}]}`). */
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
  /** Replaces the contents with the seed (and empties the options). */
  load(seed: MockSeed): void
  /** Application and user options, as the frame's `setAppOption` / `setUserOption` write them. */
  options: MockOptionStore
}

/** Thrown when a seed names an entity the specs do not declare, or a record lacks its id. */
export class MockSeedError extends Error {
  override name = 'MockSeedError'
}

/** The default store's seed: each entity's spec seed records. */
export function getDefaultSeed(entities: Readonly<Record<string, MockEntity>>): MockSeed {
  return Object.fromEntries(Object.values(entities).map((e) => [e.name, e.seed]))
}

/** Creates a store for the given entities holding the seed's records. */
export function createStore(entities: Readonly<Record<string, MockEntity>>, seed: MockSeed): MockStore {
  const tables = new Map<string, Map<number, MockRecord>>()
  const highest = new Map<string, number>()
  // Maps keep insertion order. A table stays in id order while ids arrive rising (seeds, adds);
  // one that got a lower new id is sorted once, when something next reads it in order.
  const unsorted = new Set<string>()
  const lastKey = new Map<string, number>()
  const entityOf = (name: string): MockEntity => {
    const entity = entities[name]
    if (!entity) throw new MockSeedError(`Unknown entity "${name}": expected one of ${Object.keys(entities).join(', ')}`)
    return entity
  }
  const tableOf = (name: string) => {
    let table = tables.get(name)
    if (!table) {
      table = new Map()
      tables.set(name, table)
    }
    return table
  }
  const orderedOf = (name: string) => {
    const table = tables.get(name)
    if (!table || !unsorted.has(name)) return table
    const entries = [...table.entries()].sort(([a], [b]) => a - b)
    const sorted = new Map(entries)
    tables.set(name, sorted)
    unsorted.delete(name)
    lastKey.set(name, entries.at(-1)?.[0] ?? 0)
    return sorted
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
      const table = tables.get(entity)
      if (!table?.delete(id)) return false
      if (cascade) {
        for (const link of entityOf(entity).linked) {
          const linked = tables.get(link.entity)
          if (!linked) continue
          for (const [key, record] of linked) if (castPhpInt(record[link.field]) === id) linked.delete(key)
        }
      }
      return true
    },
    nextId: (entity) => (highest.get(entity) ?? 0) + 1,
    snapshot: () => Object.fromEntries(Object.keys(entities).map((name) => [name, store.list(name)])),
    options: createOptionStore(),
    load(seed) {
      store.options.clear()
      tables.clear()
      highest.clear()
      unsorted.clear()
      lastKey.clear()
      for (const name of Object.keys(entities)) tables.set(name, new Map())
      for (const [name, records] of Object.entries(seed)) {
        entityOf(name)
        for (const record of records) store.put(name, record)
      }
    },
  }
  store.load(seed)
  return store
}
