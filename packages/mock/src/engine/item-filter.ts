/**
 * The filter of crm.item.list and crm.type.list: conditions joined by AND, nested groups (objects
 * under any key) joined by their own `logic` (`OR` or `AND`), keys in either name spelling with the
 * portal's prefix operators. Conditions are checked by the list filter of crm.contact.list.
 */
import { matchesFilter, parseFilterKey } from '../query.js'
import type { MockRecord } from '../table.js'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A filter (or order) with every field name turned UPPER_CASE, groups included, prefixes kept. */
export function toUpperKeys(names: ReadonlyMap<string, string>, value: unknown): Record<string, unknown> {
  if (!isObject(value)) return {}
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'logic') out[key] = v
    else if (isObject(v)) out[key] = toUpperKeys(names, v)
    else {
      const { operator, field } = parseFilterKey(key)
      out[`${operator}${names.get(field) ?? field}`] = v
    }
  }
  return out
}

/** Whether a stored record passes a filter group. Booleans are stored `Y`/`N`; 1 and 0 match them. */
export function matchesGroup(record: MockRecord, group: Readonly<Record<string, unknown>>): boolean {
  const anyOf = String(group.logic ?? 'AND').toUpperCase() === 'OR'
  const results: boolean[] = []
  for (const [key, value] of Object.entries(group)) {
    if (key === 'logic') continue
    results.push(isObject(value) ? matchesGroup(record, value) : matchesFilter(record, { [key]: value }))
  }
  if (results.length === 0) return true
  return anyOf ? results.some(Boolean) : results.every(Boolean)
}
