/**
 * Prints a spec input as the TypeScript of a spec file: `defineMethod({...})` with an opening comment
 * naming the page and the fields still to write. Objects and arrays go on one line when they fit
 * the formatter's width (140), so `biome format` leaves the file as it is.
 */
import type { MethodSpecInput } from '@b24kit/spec'

const WIDTH = 140

function printKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : printString(key)
}

/** Single quotes, or double ones when that spares escapes (as the formatter chooses). */
function printString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replaceAll(quote, `\\${quote}`)
  return `${quote}${escaped}${quote}`
}

/** Prints a JSON-like value as a TypeScript literal, breaking lines past the width. */
export function printLiteral(value: unknown, indent = 0, used = 0): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return printString(value)
  if (typeof value !== 'object') return String(value)
  const pad = '  '.repeat(indent + 1)
  const isArray = Array.isArray(value)
  const entries = isArray
    ? (value as unknown[]).map((v) => [undefined, v] as const)
    : Object.entries(value as object).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return isArray ? '[]' : '{}'
  const flat = entries.map(([k, v]) => (k === undefined ? '' : `${printKey(k)}: `) + printLiteral(v, 0, Number.POSITIVE_INFINITY))
  const oneLine = isArray ? `[${flat.join(', ')}]` : `{ ${flat.join(', ')} }`
  if (!oneLine.includes('\n') && used + oneLine.length <= WIDTH) return oneLine
  const lines = entries.map(([k, v]) => {
    const head = `${pad}${k === undefined ? '' : `${printKey(k)}: `}`
    return `${head}${printLiteral(v, indent + 1, head.length + 1)},`
  })
  return `${isArray ? '[' : '{'}\n${lines.join('\n')}\n${'  '.repeat(indent)}${isArray ? ']' : '}'}`
}

/** The source of a spec file for `spec`, imported from `page`, with what remains to be done. */
export function printSpecFile(spec: MethodSpecInput, page: string, edits: string[]): string {
  const todo = edits.length ? [' *', ' * Still to do besides the TODO texts:', ...edits.map((e) => ` * - ${e}`)] : []
  return [
    '/**',
    ` * ${spec.method}: facts imported by \`pnpm import-docs\` from the official page`,
    ` * ${page}`,
    ' * (names, types, codes, server texts, the example). Every text marked TODO is ours to write,',
    ' * in both languages; validation refuses the spec until none is left.',
    ...todo,
    ' */',
    "import { defineMethod } from '@b24kit/spec'",
    '',
    `export default defineMethod(${printLiteral(spec, 0, 'export default defineMethod('.length)})`,
    '',
  ].join('\n')
}
