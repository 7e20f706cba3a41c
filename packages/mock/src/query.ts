/**
 * The query part of list methods: `filter` with the portal's prefix operators, `order`, `select`
 * and pages (`start`), over records as the portal prints them.
 */
import type { MockRecord } from './table.js'

/** The prefix operators of a filter key, longest first so `>=` is not read as `>`. */
const operators = ['!%', '!@', '!=', '>=', '<=', '=%', '%=', '>', '<', '=', '!', '%', '@'] as const
type Operator = (typeof operators)[number] | ''

/** Splits `>=DATE_CREATE` into `>=` and `DATE_CREATE`. */
export function parseFilterKey(key: string): { operator: Operator; field: string } {
  const operator = operators.find((op) => key.startsWith(op)) ?? ''
  return { operator, field: key.slice(operator.length) }
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return undefined
}

/** Compares like the database does: as numbers when both sides are numbers, else as text. */
function compare(a: unknown, b: unknown): number {
  const x = asNumber(a)
  const y = asNumber(b)
  if (x !== undefined && y !== undefined) return x - y
  const s = a === null || a === undefined ? '' : String(a)
  const t = b === null || b === undefined ? '' : String(b)
  return s < t ? -1 : s > t ? 1 : 0
}

/** The values a field holds: multi-fields match on any of their VALUEs. */
function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' && v !== null && 'VALUE' in v ? (v as { VALUE: unknown }).VALUE : v))
  return [value]
}

function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'object' && value !== null) return Object.values(value)
  return [value]
}

/** SQL LIKE: `%` is any run of characters, `_` one character, the rest literal. */
function matchesLike(actual: string, pattern: string): boolean {
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.')
  return new RegExp(`^${source}$`, 's').test(actual)
}

function matchOne(operator: Operator, actual: unknown, wanted: unknown): boolean {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).toLowerCase()
  // As in SQL, an empty value is neither greater nor smaller than anything.
  if (['>', '>=', '<', '<='].includes(operator) && (actual === null || actual === undefined || actual === '')) return false
  switch (operator) {
    case '>':
      return compare(actual, wanted) > 0
    case '>=':
      return compare(actual, wanted) >= 0
    case '<':
      return compare(actual, wanted) < 0
    case '<=':
      return compare(actual, wanted) <= 0
    case '%':
      return text(actual).includes(text(wanted))
    case '=%':
    case '%=':
      // Both are SQL LIKE with the pattern as sent (`I%` starts with I), as the list pages say.
      return matchesLike(text(actual), text(wanted))
    default:
      // '', '=', '@': equal to the value, or to one of the values when a list is sent.
      return toList(wanted).some((w) => compare(actual, w) === 0 && (actual !== null || w === null || w === ''))
  }
}

/** Whether a printed record passes every condition of a filter. */
export function matchesFilter(record: MockRecord, filter: Readonly<Record<string, unknown>>): boolean {
  for (const [key, wanted] of Object.entries(filter)) {
    const { operator, field } = parseFilterKey(key)
    const negated = operator.startsWith('!')
    const positive = (negated ? operator.slice(1) || '=' : operator) as Operator
    const hit = valuesOf(record[field]).some((actual) => matchOne(positive, actual, wanted))
    if (hit === negated) return false
  }
  return true
}

/** Sorts printed records by `order` (field -> ASC/DESC), then by id, as the portal's default order. */
export function sortRecords(records: MockRecord[], order: Readonly<Record<string, unknown>>, idField: string): MockRecord[] {
  const keys = Object.entries(order).map(([field, dir]) => ({ field, sign: String(dir).toUpperCase() === 'DESC' ? -1 : 1 }))
  return [...records].sort((a, b) => {
    for (const { field, sign } of keys) {
      const c = compare(a[field], b[field])
      if (c !== 0) return c * sign
    }
    return compare(a[idField], b[idField])
  })
}

/**
 * The fields a list answers: the sent `select`, where `*` stands for every plain field and `UF_*` for
 * every single custom field; without a select, both. Multi-fields come only when named. Undefined
 * means "the default".
 */
export function readSelect(select: unknown, plainFields: readonly string[], customFields: readonly string[] = []): Set<string> | undefined {
  const names = toList(select ?? []).map(String)
  if (names.length === 0) return undefined
  const out = new Set<string>()
  for (const name of names) {
    if (name === '*') for (const f of plainFields) out.add(f)
    else if (name === 'UF_*') for (const f of customFields) out.add(f)
    else out.add(name)
  }
  return out
}

/** One page of a list: the records from `start`, `total`, and `next` when more follow. */
export function pageOf<T>(records: readonly T[], start: number, pageSize: number): { items: T[]; total: number; next?: number } {
  const from = Math.max(0, start)
  const items = records.slice(from, from + pageSize)
  const next = from + pageSize < records.length ? from + pageSize : undefined
  return { items, total: records.length, ...(next === undefined ? {} : { next }) }
}
