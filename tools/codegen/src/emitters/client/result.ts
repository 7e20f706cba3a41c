/** The result type of a method: the spec's constant where it has one (`true`), else its type. */
import type { MethodSpec } from '@b24kit/spec'
import { StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph'
import { bilingual } from './docs.js'
import { printLiteral } from './literal.js'
import type { MethodNames } from './names.js'
import { tsTypeOf } from './params.js'

/** The TypeScript type of a result. */
export function resultType(result: MethodSpec['result']): string {
  if (result.const !== undefined) return printLiteral(result.const)
  return tsTypeOf(result.type)
}

/** `export type CrmContactDeleteResult = true` */
export function buildResult(spec: MethodSpec, names: MethodNames): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: names.result,
    isExported: true,
    type: resultType(spec.result),
    docs: [bilingual(spec.result.description)],
  }
}
