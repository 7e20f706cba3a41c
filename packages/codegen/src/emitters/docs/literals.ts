/**
 * Spec example values (JSON) written as source literals of the languages the example tabs use:
 * JavaScript object literals and PHP arrays, laid out one key per line as on the Bitrix24 pages.
 */

const jsIdentifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

function quoteSingle(text: string): string {
  if (!text.includes('\\') && !text.includes("'")) return `'${text}'`
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON value as a JavaScript literal; objects and arrays one entry per line with trailing commas. */
export function formatJsLiteral(value: unknown, indent: string, unit = '\t'): string {
  // Plain loops and concatenation: each example is printed in several tabs of two pages.
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inner = indent + unit
    let out = '[\n'
    for (const v of value) out += `${inner}${formatJsLiteral(v, inner, unit)},\n`
    return `${out}${indent}]`
  }
  if (isRecord(value)) {
    const inner = indent + unit
    let out = ''
    for (const k of Object.keys(value)) {
      out += `${inner}${jsIdentifier.test(k) ? k : quoteSingle(k)}: ${formatJsLiteral(value[k], inner, unit)},\n`
    }
    return out === '' ? '{}' : `{\n${out}${indent}}`
  }
  if (typeof value === 'string') return quoteSingle(value)
  return JSON.stringify(value ?? null)
}

/** A JSON value as a PHP literal: arrays in `[...]` with `=>`; `last` controls the trailing comma. */
export function formatPhpLiteral(value: unknown, indent: string, unit = '    ', trailingComma = true): string {
  const comma = trailingComma ? ',' : ''
  if (Array.isArray(value) || isRecord(value)) {
    const entries = Array.isArray(value) ? value.map((v) => [undefined, v] as const) : Object.entries(value)
    if (entries.length === 0) return '[]'
    const inner = indent + unit
    const lines = entries.map(([k, v], i) => {
      const sep = i === entries.length - 1 ? comma : ','
      const prefix = k === undefined ? '' : `${quoteSingle(k)} => `
      return `${inner}${prefix}${formatPhpLiteral(v, inner, unit, trailingComma)}${sep}`
    })
    return `[\n${lines.join('\n')}\n${indent}]`
  }
  if (typeof value === 'string') return quoteSingle(value)
  if (value === null || value === undefined) return 'null'
  return JSON.stringify(value)
}
