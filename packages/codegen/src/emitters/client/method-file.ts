/** One method's module: params, result, error types, descriptor, and its standalone functions. */
import type { EntitySpec, MethodSpec } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, type StatementStructures, StructureKind, type WriterFunction } from 'ts-morph'
import { buildDescriptor } from './descriptor.js'
import type { DocsUrl } from './docs.js'
import { getEntityTypeNames, getEntityTyping } from './entity-fields.js'
import { buildErrorTypes, systemNames } from './errors.js'
import { buildCallFunction, buildDeleteManyFunction, buildListAllFunction } from './functions.js'
import { getItemTyping } from './item-typing.js'
import { getMethodNames } from './names.js'
import { buildParams } from './params.js'
import { buildResult } from './result.js'

/** Where the generated modules find the client core and each other. */
export interface ModulePaths {
  /** The core, as imported from the generated folder (`../runtime.js`). */
  runtime: string
  docsUrl: DocsUrl
}

/** The module `methods/<kebab-method>.ts`. */
export function buildMethodFile(
  spec: MethodSpec,
  paths: ModulePaths,
  entities: readonly EntitySpec[] = [],
  systemCodes?: ReadonlySet<string>,
): OptionalKind<SourceFileStructure> {
  const names = getMethodNames(spec.method)
  const typing = getEntityTyping(spec, entities)
  const typeNames = typing && getEntityTypeNames(typing.entity.name)
  const entityTypes =
    typing && typeNames
      ? [
          ...Object.values(typing.params).map((role) => typeNames[role]),
          ...(typing.result ? [typing.result === 'record' ? typeNames.record : typeNames.item] : []),
        ]
      : []
  const item = getItemTyping(spec, entities)
  if (item) entityTypes.push(...item.imports)
  const many = buildDeleteManyFunction(spec, names)
  const all = buildListAllFunction(spec, names)
  const runtime = paths.runtime.startsWith('.') ? `../${paths.runtime}` : paths.runtime
  const runtimeTypes = [
    'B24ApiError',
    'B24Transport',
    'CallOptions',
    'MethodDescriptor',
    ...(many ? ['BatchOptions', 'DeleteManyReport'] : []),
    ...(all ? ['PaginateOptions'] : []),
  ]
  const runtimeValues = [...(many ? ['deleteMany'] : []), ...(all ? ['paginate'] : [])]
  const statements: (StatementStructures | string | WriterFunction)[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: runtime, namedImports: runtimeTypes.sort() },
    ...(runtimeValues.length
      ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: runtime, namedImports: runtimeValues }]
      : []),
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../system-errors.js',
      namedImports: [systemNames.errorCode, systemNames.errorId],
    },
    ...(entityTypes.length
      ? [
          {
            kind: StructureKind.ImportDeclaration as const,
            isTypeOnly: true,
            moduleSpecifier: '../types.js',
            namedImports: entityTypes.sort(),
          },
        ]
      : []),
    buildParams(spec, names, typing, item),
    buildResult(spec, names, typing, item),
    ...buildErrorTypes(spec, names),
    buildDescriptor(spec, names, systemCodes),
    buildCallFunction(spec, names, paths.docsUrl),
    ...(many ? [many] : []),
    ...(all ? [all] : []),
  ]
  return { statements }
}
