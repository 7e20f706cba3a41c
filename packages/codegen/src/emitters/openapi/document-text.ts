/**
 * The document's text: JSON with one line per path and per component, each written compactly.
 * Two-space JSON of every nested key would make the file about twice as large, and one line of
 * the whole document would make a change to one method a change to the whole file; a line per
 * path and component keeps the file small and a method's change on its own lines in a diff.
 */

/**
 * A value already printed as compact JSON (a path or component from a method's cached part), with
 * the schema components it refers to: the document is assembled and printed around it without
 * parsing or printing it again.
 */
export class RawJson {
  constructor(
    readonly text: string,
    readonly refs: readonly string[],
  ) {}
}

/** The names of the schema components a JSON text refers to (`#/components/schemas/Name`). */
export function findSchemaRefs(text: string): string[] {
  return [...new Set([...text.matchAll(/"#\/components\/schemas\/([^"/]+)[^"]*"/g)].map((m) => m[1] as string))]
}

/** Whether the entries of the object at this key path each get a line of their own. */
const isSplit = (path: readonly string[]): boolean =>
  path.length === 0 ||
  (path.length === 1 && (path[0] === 'paths' || path[0] === 'components')) ||
  (path.length === 2 && path[0] === 'components')

function writeValue(value: unknown, path: readonly string[], indent: string): string {
  if (value instanceof RawJson) return value.text
  // Maps (assembleOpenApiSections' sections) and printed parts stand only at split paths.
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !isSplit(path)) return JSON.stringify(value)
  // A map is a section in key order (assembleOpenApiSections).
  const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value)
  if (entries.length === 0) return '{}'
  const inner = `${indent}  `
  const lines = entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${writeValue(v, [...path, key], inner)}`)
  return `{\n${lines.join(',\n')}\n${indent}}`
}

/** The document as text, with a final newline. */
export function formatOpenApiDocument(document: object): string {
  return `${writeValue(document, [], '')}\n`
}
