/**
 * `index.ts`: every generated export, the `MethodMap` that types `call(method, params)`, the
 * descriptors by method name, and the method tree's type (the core builds the tree itself, finding
 * each descriptor by need through the lazy tables).
 */
import type { EntitySpec, MethodSpec } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, type StatementStructures, StructureKind } from 'ts-morph'
import { compareCodeUnits } from '../../naming.js'
import { getEntityExports } from './entity-types.js'
import { systemNames } from './errors.js'
import { isPagedList } from './functions.js'
import { getItemTypeExports, getListItemType } from './item-typing.js'
import { quote } from './literal.js'
import type { ModulePaths } from './method-file.js'
import { getMethodNames, type MethodNames } from './names.js'
import { printConst, printInterface, printType } from './statements.js'
import { buildTree, describeTreeMembers, printTreeType, type TreeMember } from './tree.js'

const byName = (a: { name: string }, b: { name: string }) => compareCodeUnits(a.name, b.name)

function methodExports(names: MethodNames, isDelete: boolean, isList: boolean): StatementStructures {
  const types = [names.error, names.errorCode, names.errorId, names.params, names.result]
  const values = [names.descriptor, names.fn, ...(isDelete ? [names.many] : []), ...(isList ? [names.all] : [])]
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: `./${names.file}.js`,
    namedExports: [...types.map((name) => ({ name, isTypeOnly: true })), ...values.map((name) => ({ name }))].sort(byName),
  }
}

/**
 * What `index.ts` needs of one method: plain data, which the emitter keeps in the core's output
 * cache, so a run with one spec changed builds the index without reading the other specs.
 */
export interface IndexEntry {
  method: string
  /** A delete method's id type: its `deleteId` in `MethodMap` and its entry in `DeleteMethods`. */
  deleteId?: string
  /** A paged list method's record type: its `listItem` in `MethodMap` and its entry in `ListMethods`. */
  listItem?: string
  members: TreeMember[]
}

/** The method's type in `MethodMap`: its params, result and error, and what deleteMany and the pager read. */
function printMapType({ deleteId, listItem }: IndexEntry, names: MethodNames): string {
  const extra = `${deleteId ? `; deleteId: ${deleteId}` : ''}${listItem ? `; listItem: ${listItem}` : ''}`
  return `{ params: ${names.params}; result: ${names.result}; error: ${names.error}${extra} }`
}

/** The index entry of one method. */
export function summarizeIndexEntry(spec: MethodSpec): IndexEntry {
  const names = getMethodNames(spec.method)
  return {
    method: spec.method,
    ...(spec.operation.kind === 'delete' ? { deleteId: `${names.params}['${spec.operation.by}']` } : {}),
    ...(isPagedList(spec) ? { listItem: getListItemType(spec, names.result, false) } : {}),
    members: describeTreeMembers(spec),
  }
}

/** The module `index.ts`, from each method's entry in method-name order. */
export function buildIndexFile(
  entries: readonly IndexEntry[],
  paths: ModulePaths,
  entities: readonly EntitySpec[] = [],
): OptionalKind<SourceFileStructure> {
  const all = entries.map((entry) => ({
    ...entry,
    names: getMethodNames(entry.method),
    isDelete: entry.deleteId !== undefined,
    isList: entry.listItem !== undefined,
  }))
  const hasDelete = all.some((m) => m.isDelete)
  const hasList = all.some((m) => m.isList)
  const tree = buildTree(entries)
  const runtimeTypes = [
    'B24Transport',
    'CallOptions',
    'MethodDescriptor',
    ...(hasDelete ? ['BatchOptions', 'DeleteManyReport'] : []),
    ...(hasList ? ['PaginateOptions'] : []),
  ]
  const mapEntries = all.map((entry) => ({ name: quote(entry.method), type: printMapType(entry, entry.names) }))
  const statements: (StatementStructures | string)[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: paths.runtime, namedImports: runtimeTypes.sort() },
    ...all.map(({ names, isDelete, isList }) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./${names.file}.js`,
      namedImports: [
        ...[names.error, names.params, names.result].map((name) => ({ name, isTypeOnly: true })),
        ...[names.descriptor, names.fn, ...(isDelete ? [names.many] : []), ...(isList ? [names.all] : [])].map((name) => ({ name })),
      ].sort(byName),
    })),
    ...all.map(({ names, isDelete, isList }) => methodExports(names, isDelete, isList)),
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './system-errors.js',
      namedExports: [
        { name: 'SpecErrorKind', isTypeOnly: true },
        { name: systemNames.errorCode, isTypeOnly: true },
        { name: systemNames.errorId, isTypeOnly: true },
        { name: 'systemErrors' },
      ],
    },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './types.js',
      isTypeOnly: true,
      namedExports: ['Time', ...getEntityExports(entities), ...getItemTypeExports(entities)].sort(compareCodeUnits),
    },
    // A blank line first, as ts-morph sets one before an interface it prints from a structure.
    `\n${printInterface(
      'MethodMap',
      'Every method with a spec, by name: what `call(method, params)` takes, resolves to and rejects with.',
      mapEntries,
    )}`,
    // The delete and list methods by name, for `deleteMany` and the pager: an editor reads their names
    // as an interface's keys, where picking them out of MethodMap would resolve every method's entry.
    printInterface(
      'DeleteMethods',
      'The delete methods (those `deleteMany` takes), by name: the type of the id each deletes by.',
      all.flatMap(({ method, deleteId }) => (deleteId ? [{ name: quote(method), type: deleteId }] : [])),
    ),
    printInterface(
      'ListMethods',
      'The paged list methods (those the pager follows), by name: the type of one record of the answer.',
      all.flatMap(({ method, listItem }) => (listItem ? [{ name: quote(method), type: listItem }] : [])),
    ),
    printConst(
      'descriptors',
      'The descriptor of each method, by name, for `call` and `batch`.',
      `{\n${all.map(({ method, names }) => `  ${quote(method)}: ${names.descriptor},\n`).join('')}}`,
      '{ readonly [M in keyof MethodMap]: MethodDescriptor }',
    ),
    printType('MethodTree', 'The methods as a tree: `b24.crm.contact.delete(params)`.', printTreeType(tree)),
  ]
  return { statements }
}
