/**
 * The other way of the mirror in relations.ts: a record that add or update writes with
 * `CONTACT_IDS` (or only `CONTACT_ID`) rebinds its contacts, as the portal does, so that
 * crm.deal.contact.items.get and the deal's own fields always agree. The bindings are numbered as
 * items.set numbers unsorted ones, `(i + 1) * 10`, and the first is primary.
 */
import { markPrimary } from '../bindings.js'
import { castPhpInt } from '../params.js'
import { asRecordObject, toList } from '../records.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockRecord } from '../table.js'

/** The target ids a write names: the list field wins over the single one; undefined when neither is sent. */
function readBoundIds(fields: Record<string, unknown>, key: string): number[] | undefined {
  const list = `${key}S`
  const sent = list in fields ? toList(fields[list]) : key in fields ? [fields[key]] : undefined
  if (sent === undefined) return undefined
  const ids = sent.map((value) => castPhpInt(value) ?? 0).filter((id) => id > 0)
  return [...new Set(ids)]
}

/** Rebinds the owner's targets named by the fields of a write, and mirrors them on the record. */
export function bindFromFields(entity: MockEntity, store: MockStore, ownerId: number, sentFields: unknown): void {
  const fields = asRecordObject(sentFields)
  for (const { target, key } of entity.bindings ?? []) {
    const ids = readBoundIds(fields, key)
    if (ids === undefined) continue
    const rows: MockRecord[] = ids.map((id, i) => ({ [key]: id, SORT: (i + 1) * 10, ROLE_ID: 0, IS_PRIMARY: 'N' }))
    store.setBindings(entity.name, target, ownerId, markPrimary(rows))
    const record = store.get(entity.name, ownerId)
    if (!record) continue
    store.put(entity.name, { ...record, [`${key}S`]: ids, [key]: ids[0] ?? null })
  }
}
