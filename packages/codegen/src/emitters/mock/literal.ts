/**
 * Prints plain data as a TypeScript literal (single quotes, two-space indent, trailing commas), so
 * the generated table reads like hand-formatted code and prints the same bytes on every run.
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The characters quoteString escapes; most strings have none and are quoted as they are. */
const needsEscape = /[\\'\n\r\t\u2028\u2029]/

/** Quotes a string the way the generated code does: single quotes, escapes for what would break it. */
export function quoteString(value: string): string {
  // Tested first: the tables of 2,000 methods quote a great many strings, nearly all plain.
  if (!needsEscape.test(value)) return `'${value}'`
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `'${escaped}'`
}

/** An object key as printed: bare where it is an identifier, quoted otherwise. */
export function printKey(key: string): string {
  return identifier.test(key) ? key : quoteString(key)
}

/**
 * Prints a JSON-like value as a TypeScript expression. Object keys keep the order they were built
 * in: callers sort where the order is not meaningful. `undefined` properties are left out.
 */
export function printLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `
  if (value === null) return 'null'
  if (typeof value === 'string') return quoteString(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot print ${value} as a literal`)
    return String(value)
  }
  if (typeof value === 'boolean') return String(value)
  // Plain loops and concatenation: every conformance table and mock table is printed here.
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    let out = '[\n'
    for (const item of value) out += `${inner}${printLiteral(item, inner)},\n`
    return `${out}${indent}]`
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    let out = ''
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (item !== undefined) out += `${inner}${printKey(key)}: ${printLiteral(item, inner)},\n`
    }
    return out === '' ? '{}' : `{\n${out}${indent}}`
  }
  throw new Error(`Cannot print a ${typeof value} as a literal`)
}
