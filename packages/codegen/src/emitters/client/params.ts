/** The params interface of a method: one property per parameter, documented from the spec, typed from its entity's fields where the operation reads them. */
import type { MethodSpec, ParamSpec } from '@b24kit/spec'
import { type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, StructureKind } from 'ts-morph'
import { paramDoc } from './docs.js'
import { type EntityTyping, getEntityTypeNames } from './entity-fields.js'
import type { ItemTyping } from './item-typing.js'
import type { MethodNames } from './names.js'

const tsTypes: Record<ParamSpec['type'] | MethodSpec['result']['type'], string> = {
  integer: 'number',
  number: 'number',
  string: 'string',
  boolean: 'boolean',
  object: 'Record<string, unknown>',
  array: 'unknown[]',
  file: 'readonly [name: string, base64: string] | { fileData: readonly [name: string, base64: string] }',
  null: 'null',
}

/** The TypeScript type of a parameter or result type. */
export const tsTypeOf = (type: ParamSpec['type'] | MethodSpec['result']['type']): string => tsTypes[type]

/** `export interface CrmContactDeleteParams { id: number }`, with each parameter's doc. */
export function buildParams(spec: MethodSpec, names: MethodNames, typing?: EntityTyping, item?: ItemTyping): InterfaceDeclarationStructure {
  const typeNames = typing && getEntityTypeNames(typing.entity.name)
  return {
    kind: StructureKind.Interface,
    name: names.params,
    // crm.item.*: generic in the entityTypeId, which selects the record type.
    typeParameters: item?.typeParams ? [{ name: 'T', constraint: 'number', default: 'number' }] : [],
    isExported: true,
    docs: [`The params of \`${spec.method}\`.`],
    // A method without parameters takes an empty object and nothing else; the index signature says so
    // the way openapi-typescript does (Record<string, never>), so the two stay mutually assignable.
    extends: spec.params.length === 0 ? ['Record<string, never>'] : [],
    properties: spec.params.map(
      (param): OptionalKind<PropertySignatureStructure> => ({
        name: param.name,
        type:
          item?.params[param.name] ??
          (typeNames && typing.params[param.name] ? typeNames[typing.params[param.name]!] : tsTypeOf(param.type)),
        hasQuestionToken: !param.required,
        docs: [paramDoc(param)],
      }),
    ),
  }
}
