/** Plain JSON data for per-method summaries, which the output cache stores and gives back as JSON. */

/**
 * `value` as JSON would give it back (undefined properties dropped), so an index built from a
 * fresh summary and from a cached one prints the same bytes.
 */
export function toJsonData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
