/** The shape of a seed as a file or an admin request sends it: entity names to arrays of records. */
import type { MockSeed } from '../store.js'

/** Whether parsed JSON maps names to arrays of plain objects (`{"contact": [{"ID": 50}]}`). */
export function isSeedShape(data: unknown): data is MockSeed {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every(
      (records) => Array.isArray(records) && records.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)),
    )
  )
}
