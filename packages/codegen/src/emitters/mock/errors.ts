/**
 * Error rows of the mock table: what the engine answers (code, text, status), taken from the spec's
 * rows, both a method's own and the system errors every method shares.
 */
import type { ErrorRow } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph'
import { compareCodeUnits } from '../../naming.js'
import { writeVerbatim } from '../../ts-project.js'
import { printLiteral } from './literal.js'

/** The data the engine needs from one error row (the `when` prose stays in the docs). */
export function toMockErrorRow(row: ErrorRow): Record<string, unknown> {
  const text = typeof row.text === 'string' ? row.text : { ru: row.text.ru, en: row.text.en }
  return { id: row.id, code: row.code, status: row.status, text, kind: row.kind }
}

/** Error rows keyed by id, in code-unit order of the ids. */
export function toMockErrorRecord(rows: readonly ErrorRow[]): Record<string, unknown> {
  const sorted = [...rows].sort((a, b) => compareCodeUnits(a.id, b.id))
  return Object.fromEntries(sorted.map((row) => [row.id, toMockErrorRow(row)]))
}

/** The file of system errors: every answer the engine gives outside a method's own table. */
export function buildSystemErrorsFile(rows: readonly ErrorRow[]): OptionalKind<SourceFileStructure> {
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../table.js', namedImports: ['MockErrorRow'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Errors any method can answer with, keyed by row id: limits, auth, batch, unknown method.'],
        declarations: [
          {
            name: 'systemErrors',
            type: 'Readonly<Record<string, MockErrorRow>>',
            initializer: writeVerbatim(printLiteral(toMockErrorRecord(rows)), { literal: true }),
          },
        ],
      },
    ],
  }
}
