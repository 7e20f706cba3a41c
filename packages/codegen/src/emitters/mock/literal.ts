/**
 * Prints plain data as a TypeScript literal (single quotes, two-space indent, trailing commas), so
 * the generated table reads like hand-formatted code and prints the same bytes on every run.
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Quotes a string the way the generated code does: single quotes, escapes for what would break it. */
export function quoteString(value: string): string {
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
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((item) => `${inner}${printLiteral(item, inner)},\n`).join('')}${indent}]`
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return '{}'
    return `{\n${entries.map(([k, v]) => `${inner}${printKey(k)}: ${printLiteral(v, inner)},\n`).join('')}${indent}}`
  }
  throw new Error(`Cannot print a ${typeof value} as a literal`)
}
