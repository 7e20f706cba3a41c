/** The result type of a method: its entity's record (get) or items (list), the spec's constant (`true`), else its type. */
import type { MethodSpec } from '@b24kit/spec'
import { StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph'
import { bilingual } from './docs.js'
import { type EntityTyping, getEntityTypeNames } from './entity-fields.js'
import type { ItemTyping } from './item-typing.js'
import { printLiteral } from './literal.js'
import type { MethodNames } from './names.js'
import { tsTypeOf } from './params.js'

/** The TypeScript type of a result. */
export function resultType(result: MethodSpec['result']): string {
  // `[]` is typed never[], as openapi-typescript reads `const: []`, so the two agree both ways.
  if (Array.isArray(result.const)) return 'never[]'
  if (result.const !== undefined) return printLiteral(result.const)
  return tsTypeOf(result.type)
}

/** `export type CrmContactDeleteResult = true` */
export function buildResult(spec: MethodSpec, names: MethodNames, typing?: EntityTyping, item?: ItemTyping): TypeAliasDeclarationStructure {
  const typeNames = typing && getEntityTypeNames(typing.entity.name)
  const typed = typing?.result === 'record' ? typeNames?.record : typing?.result === 'items' ? `${typeNames?.item}[]` : undefined
  return {
    kind: StructureKind.TypeAlias,
    name: names.result,
    isExported: true,
    typeParameters: item?.typeParams ? [{ name: 'T', constraint: 'number', default: 'number' }] : [],
    type: item?.result ?? typed ?? resultType(spec.result),
    docs: [bilingual(spec.result.description)],
  }
}
