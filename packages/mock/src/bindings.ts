/**
 * The rules a list of bindings keeps (a deal's contacts), shared by the relation methods and by the
 * store, which unbinds a deleted record: the portal answers them in SORT order, and exactly one
 * binding of a non-empty list is primary.
 */
import type { MockRecord } from './table.js'

/** The bindings in the order the portal answers them: by SORT, then as they were set. */
export const sortBindings = (rows: readonly MockRecord[]): MockRecord[] =>
  rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => Number(a.row.SORT) - Number(b.row.SORT) || a.i - b.i)
    .map(({ row }) => row)

/** Marks exactly one binding primary: the first marked `Y` (in the given order), else the first. */
export function markPrimary(rows: readonly MockRecord[]): MockRecord[] {
  const primary = Math.max(
    0,
    rows.findIndex((row) => row.IS_PRIMARY === 'Y'),
  )
  return rows.map((row, i) => ({ ...row, IS_PRIMARY: i === primary ? 'Y' : 'N' }))
}
