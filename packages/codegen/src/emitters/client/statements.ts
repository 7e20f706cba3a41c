/**
 * Declarations whose bodies are multi-line data or type text. ts-morph gives initializers and
 * type aliases a hanging indent, so these are printed as whole statements with their JSDoc.
 */

/** A JSDoc block from lines of text (blank lines kept). */
export function printJsDoc(text: string, indent = ''): string {
  const lines = text.split('\n')
  if (lines.length === 1) return `${indent}/** ${text} */\n`
  return `${indent}/**\n${lines.map((line) => (line ? `${indent} * ${line}\n` : `${indent} *\n`)).join('')}${indent} */\n`
}

/** `/** doc *\/ export const name: type = value;` */
export function printConst(name: string, doc: string, value: string, type?: string): string {
  return `${printJsDoc(doc)}export const ${name}${type ? `: ${type}` : ''} = ${value};`
}

/** `/** doc *\/ export type name = type;` */
export function printType(name: string, doc: string, type: string): string {
  return `${printJsDoc(doc)}export type ${name} = ${type};`
}

/**
 * `/** doc *\/ export interface name { key: type; }`, as ts-morph prints an interface of plain
 * properties; printed here because ts-morph lays out each of the 2,000 members of `MethodMap`
 * through its writer, character by character. No members: ts-morph's `{\n}`.
 */
export function printInterface(name: string, doc: string, members: readonly { name: string; type: string }[]): string {
  const body = members.map((m) => `  ${m.name}: ${m.type};\n`).join('')
  return `${printJsDoc(doc)}export interface ${name} {\n${body}}`
}
