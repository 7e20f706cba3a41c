/** Plain JSON data for per-method summaries, which the output cache stores and gives back as JSON. */

/**
 * `value` as JSON would give it back (undefined properties dropped), so an index built from a
 * fresh summary and from a cached one prints the same bytes.
 */
export function toJsonData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/**
 * Whether JSON carries `value` exactly: `JSON.parse(JSON.stringify(value))` would be deep and
 * strictly equal to it. Plain objects and arrays of strings, booleans, null and finite numbers
 * other than -0; no undefined, functions, symbols, holes, class instances or extra array fields.
 * One walk instead of printing, parsing and comparing, which was most of what storing 2,000 specs
 * and their summaries cost.
 */
export function isExactJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
    case 'object': {
      if (value === null) return true
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype || Object.keys(value).length !== value.length) return false
        for (const item of value) if (!isExactJson(item)) return false
        return true
      }
      if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length > 0) return false
      for (const key in value) if (!isExactJson((value as Record<string, unknown>)[key])) return false
      return true
    }
    default:
      return false
  }
}

/** `value`'s JSON when JSON carries it exactly (isExactJson), else undefined. */
export function printExactJson(value: unknown): string | undefined {
  return isExactJson(value) ? JSON.stringify(value) : undefined
}
