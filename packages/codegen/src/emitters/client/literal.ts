/**
 * Prints plain data as a TypeScript literal: single quotes, unquoted keys where they are
 * identifiers, one line while it fits. Key order is the data's, so output is deterministic.
 */

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** The characters quote escapes; most strings have none and are quoted as they are. */
const needsEscape = /[\\'\n\r]/

/** A string as a single-quoted TypeScript literal. */
export function quote(text: string): string {
  // Tested first: the descriptors and tables of 2,000 methods quote a great many strings, nearly all plain.
  if (!needsEscape.test(text)) return `'${text}'`
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function printKey(key: string): string {
  return identifier.test(key) ? key : quote(key)
}

/**
 * `value` on one line. Each container's line is kept in `lines` while one printLiteral runs, so a
 * container broken over lines reads its items' lines instead of printing each subtree again at
 * every depth (a descriptor nested five deep was printed five times over).
 */
function printInline(value: unknown, lines: Map<object, string>): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quote(value) : JSON.stringify(value)
  let line = lines.get(value)
  if (line !== undefined) return line
  if (Array.isArray(value)) line = `[${value.map((item) => printInline(item, lines)).join(', ')}]`
  else {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    line = entries.length ? `{ ${entries.map(([k, v]) => `${printKey(k)}: ${printInline(v, lines)}`).join(', ')} }` : '{}'
  }
  lines.set(value, line)
  return line
}

function printFitted(value: unknown, indent: string, width: number, lines: Map<object, string>): string {
  const inline = printInline(value, lines)
  if (value === null || typeof value !== 'object' || indent.length + inline.length <= width) return inline
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${printFitted(v, inner, width, lines)},\n`).join('')}${indent}]`
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  return `{\n${entries.map(([k, v]) => `${inner}${printKey(k)}: ${printFitted(v, inner, width, lines)},\n`).join('')}${indent}}`
}

/** Prints `value`; containers that would pass `width` columns at `indent` are broken one item a line. */
export function printLiteral(value: unknown, indent = '', width = 120): string {
  return printFitted(value, indent, width, new Map())
}
