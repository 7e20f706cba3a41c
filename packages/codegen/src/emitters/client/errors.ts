/**
 * The error types of a method: the ids and codes of its own rows and of the system rows, and the
 * B24ApiError it rejects with, narrowed to those ids.
 */
import type { MethodSpec } from '@b24kit/spec'
import { StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph'
import { quote } from './literal.js'
import type { MethodNames } from './names.js'

/** The names the system-errors file exports, which every method's unions extend. */
export const systemNames = { errorId: 'SystemErrorId', errorCode: 'SystemErrorCode' } as const

const union = (members: string[]) => [...new Set(members)].join(' | ')

/** `CrmContactDeleteErrorId`, `CrmContactDeleteErrorCode` and `CrmContactDeleteError`. */
export function buildErrorTypes(spec: MethodSpec, names: MethodNames): TypeAliasDeclarationStructure[] {
  return [
    {
      kind: StructureKind.TypeAlias,
      name: names.errorId,
      isExported: true,
      type: union([...spec.errors.map((row) => quote(row.id)), systemNames.errorId]),
      docs: [`The error rows \`${spec.method}\` can answer with: its own, then the system rows.`],
    },
    {
      kind: StructureKind.TypeAlias,
      name: names.errorCode,
      isExported: true,
      type: union([...spec.errors.map((row) => quote(row.code)), systemNames.errorCode]),
      docs: [`The \`error\` codes \`${spec.method}\` can answer with (\`''\` where the server sends none).`],
    },
    {
      kind: StructureKind.TypeAlias,
      name: names.error,
      isExported: true,
      type: `B24ApiError<${names.errorId}>`,
      docs: [`What \`${spec.method}\` rejects with.`],
    },
  ]
}
