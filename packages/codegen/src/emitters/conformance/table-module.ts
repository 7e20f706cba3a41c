/**
 * A case table module printed straight to text: one type import and one exported data constant.
 * It is the same text ts-morph prints for the structure (the golden files and
 * table-module.test.ts hold the two side by side), without building a structure and running the
 * printer for each of 2,000 tables: the table is plain data, so its layout is fixed.
 */
import { printLiteral } from '../mock/literal.js'
import type { MethodCases } from './case-shape.js'

/** Where the generated tables import their type from. */
export const typeModule = '../case.js'

/**
 * The module text of one case table (without the generated-file header): as ts-morph prints it,
 * every line of the literal after the first is indented one level, as a continued statement,
 * which is the literal printed at that indent (it has no empty line and no line break in a string).
 * `doc` is one line without `*\/`, as the emitter writes it.
 */
export function printTableModule(name: string, doc: string, table: MethodCases): string {
  const literal = printLiteral(table, '  ')
  return `import type { MethodCases } from '${typeModule}';\n/** ${doc} */\nexport const ${name}: MethodCases = ${literal};\n`
}
