/**
 * The method table: one data row per method (scope, access, parameter rules, operation, errors),
 * keyed by method name so the engine dispatches with one map lookup whatever the number of methods.
 */

import { getBindingKey, type MethodSpec, type OperationSpec } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph'
import { type IndexPatch, patchLines } from '../../index-changes.js'
import { compareCodeUnits } from '../../naming.js'
import { writeVerbatim } from '../../ts-project.js'
import { toMockErrorRecord } from './errors.js'
import { printKey, printLiteral } from './literal.js'
import { toMockParamRule } from './params.js'

/**
 * The operation's row. Every kind is plain data (entity, parameter names, error ids, page size),
 * copied as is; a relation adds the key its bindings name the target by, an example-backed method
 * its examples' params and results (only these methods carry examples in the table).
 */
function toMockOperation(spec: MethodSpec, operation: OperationSpec): Record<string, unknown> {
  if (operation.kind === 'relation') return { ...operation, key: getBindingKey(operation.target) }
  if (operation.kind === 'example')
    return { ...operation, examples: spec.examples.map((example) => ({ params: example.params, result: example.result })) }
  return { ...operation }
}

/** The data row of one method. */
export function toMockMethod(spec: MethodSpec): Record<string, unknown> {
  const { access, operation } = spec
  return {
    method: spec.method,
    scope: spec.scope,
    // Text-only access names no permission to check: such methods answer every caller.
    ...(access.entity !== undefined
      ? { access: { entity: access.entity, permission: access.permission, deniedError: access.deniedError } }
      : {}),
    params: spec.params.map(toMockParamRule),
    operation: toMockOperation(spec, operation),
    result: spec.result.const,
    errors: toMockErrorRecord(spec.errors),
    events: spec.events?.map((event) => event.name),
  }
}

/** One method's row as printed inside the table literal, with its name to sort by. */
export interface PrintedRow {
  method: string
  text: string
}

/**
 * The row of one method printed as the table literal prints it (`printLiteral` of the whole table
 * gives the same bytes), so the table is the rows joined: cached per method, the index prints
 * nothing again.
 */
export function printMockRow(spec: MethodSpec): PrintedRow {
  return { method: spec.method, text: `  ${printKey(spec.method)}: ${printLiteral(toMockMethod(spec), '  ')},\n` }
}

/** The file holding the whole table from each method's printed row, methods in code-unit order of their names. */
export function buildMethodsFile(rows: readonly PrintedRow[]): OptionalKind<SourceFileStructure> {
  const sorted = [...rows].sort((a, b) => compareCodeUnits(a.method, b.method))
  const table = sorted.length === 0 ? '{}' : `{\n${sorted.map((row) => row.text).join('')}}`
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../table.js', namedImports: ['MockMethod'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [`Every method the mock serves (${sorted.length}), keyed by its lower-case name.`],
        declarations: [
          { name: 'methodTable', type: 'Readonly<Record<string, MockMethod>>', initializer: writeVerbatim(table, { literal: true }) },
        ],
      },
    ],
  }
}

/** A row as the file holds it: inside the table's declaration, one level deeper (printVariable's hanging indent). */
function placeRow(row: PrintedRow): string | undefined {
  // A row is a printed literal, which has no blank line; one would be indented otherwise.
  return row.text.endsWith('\n') && !row.text.includes('\n\n') ? `  ${row.text.slice(0, -1).replaceAll('\n', '\n  ')}\n` : undefined
}

/**
 * The methods file `previous` (as the last run wrote it) with each changed method's row replaced,
 * or undefined when a row is not found as it was printed (then the file is built whole). With no
 * method added or gone, the rest of the file (the count, the order) stays as it was.
 */
export function patchMethodsFile(previous: string, pairs: IndexPatch<PrintedRow>['pairs']): string | undefined {
  return patchLines(previous, pairs, (before, after) => {
    const [old, now] = [placeRow(before), placeRow(after)]
    return before.method === after.method && old !== undefined && now !== undefined ? [[old, now]] : undefined
  })
}
