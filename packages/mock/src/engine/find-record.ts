/**
 * Finds the record a get reads: by its id, or, where the operation names a `match` field, by that
 * field's value (crm.type.getByEntityTypeId reads a smart process by its entityTypeId, not its id).
 */
import { castPhpInt } from '../params.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockRecord } from '../table.js'

/** The record whose id (or, with `match`, whose field `match`) equals the value sent. */
export function findRecord(store: MockStore, entity: MockEntity, value: number, match: string | undefined): MockRecord | undefined {
  if (match === undefined) return store.get(entity.name, value)
  return store.list(entity.name).find((r) => castPhpInt(r[match]) === value)
}
