/**
 * `system-errors.ts`: the rows every method can answer with, as the table the core classifies
 * with, their id and code unions, and the spec's error kinds. `system-errors-by-need.ts`: the same
 * rows for createClient, which loads them with the first error answer.
 */
import { errorKinds, type SharedSpecs } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind } from 'ts-morph'
import { systemNames } from './errors.js'
import { printLiteral, quote } from './literal.js'
import type { ModulePaths } from './method-file.js'
import { printConst } from './statements.js'

const union = (members: readonly string[]) => [...new Set(members)].map(quote).join(' | ')

/** The rows as the core reads them: their texts left out, since codes tell them apart. */
const printRows = (shared: SharedSpecs) =>
  printLiteral(shared.systemErrors.map(({ id, code, status, kind }) => ({ id, code, status, kind })))

/** The module `system-errors.ts`. */
export function buildSystemErrorsFile(shared: SharedSpecs, paths: ModulePaths): OptionalKind<SourceFileStructure> {
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: paths.runtime, namedImports: ['SystemErrorRow'] },
      {
        kind: StructureKind.TypeAlias,
        name: 'SpecErrorKind',
        isExported: true,
        type: union(errorKinds),
        docs: ['The kinds the spec assigns to error rows; a caller switches on them.'],
      },
      {
        kind: StructureKind.TypeAlias,
        name: systemNames.errorId,
        isExported: true,
        type: union(shared.systemErrors.map((row) => row.id)),
        docs: ['The system error rows any method can answer with.'],
      },
      {
        kind: StructureKind.TypeAlias,
        name: systemNames.errorCode,
        isExported: true,
        type: union(shared.systemErrors.map((row) => row.code)),
        docs: ['The `error` codes of the system rows.'],
      },
      printConst(
        'systemErrors',
        [
          "The system rows, matched by code after a method's own rows (whatever the status: 401 and 403 alike),",
          'and by status alone when no row has the code. Their texts are left out: codes tell them apart.',
        ].join('\n'),
        `${printRows(shared)} as const satisfies readonly SystemErrorRow[]`,
      ),
    ],
  }
}

/**
 * The module `system-errors-by-need.ts`: the rows once more, in a module nothing imports statically.
 * createClient loads it with the first error answer; the standalone transport imports
 * `system-errors.ts`, which a bundle without code splitting then keeps as it is (a module that is
 * also loaded by need, it would wrap in a lazy initializer, some 90 bytes gzipped).
 */
export function buildSystemErrorsByNeedFile(shared: SharedSpecs, paths: ModulePaths): OptionalKind<SourceFileStructure> {
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: paths.runtime, namedImports: ['SystemErrorRow'] },
      printConst(
        'systemErrors',
        'The system rows of `system-errors.ts`, for createClient, which loads them with the first error answer.',
        printRows(shared),
        'readonly SystemErrorRow[]',
      ),
    ],
  }
}
