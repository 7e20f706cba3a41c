/**
 * Prints plain data as a TypeScript literal: single quotes, unquoted keys where they are
 * identifiers, one line while it fits. Key order is the data's, so output is deterministic.
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A string as a single-quoted TypeScript literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function printKey(key: string): string {
  return identifier.test(key) ? key : quote(key)
}

function printInline(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quote(value) : JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(printInline).join(', ')}]`
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  return entries.length ? `{ ${entries.map(([k, v]) => `${printKey(k)}: ${printInline(v)}`).join(', ')} }` : '{}'
}

/** Prints `value`; containers that would pass `width` columns at `indent` are broken one item a line. */
export function printLiteral(value: unknown, indent = '', width = 120): string {
  const inline = printInline(value)
  if (value === null || typeof value !== 'object' || indent.length + inline.length <= width) return inline
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${printLiteral(v, inner, width)},\n`).join('')}${indent}]`
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  return `{\n${entries.map(([k, v]) => `${inner}${printKey(k)}: ${printLiteral(v, inner, width)},\n`).join('')}${indent}}`
}
