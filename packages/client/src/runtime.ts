/** What the generated modules import from the hand-written core, in one place. */
export type { Answer, B24Transport, CallOptions } from './base.js'
export type { BatchOptions } from './batch.js'
export { deleteMany, paginate } from './by-need.js'
export type { DeleteManyReport } from './delete-many.js'

import type { MethodDescriptor } from './descriptor.js'

export type { ErrorRowDescriptor, MethodDescriptor, SystemErrorRow } from './descriptor.js'
export type { B24ApiError } from './errors.js'
export type { PaginateOptions } from './paginate.js'
/** A table of the lazy descriptor lookup: each key loads a module, which holds the next table or a descriptor. */
export type LazyTable<M> = Readonly<Record<string, () => Promise<M>>>
/**
 * A family's methods, keyed by the rest of the name after the family (`delete` in `crm.contact`),
 * or a large branch's table under its name and a dot (`userfield.`, then `list` in it).
 */
export type MethodTable = LazyTable<MethodModule>
/** What a method table's entry loads: a descriptor module, or a branch's table. */
export interface MethodModule {
  readonly descriptor?: MethodDescriptor
  readonly methods?: MethodTable
}
/**
 * A namespace's families (`contact` in `crm`); in a namespace of many families, the families of
 * each first letter under the letter and a star (`c*`, then `contact` in its table).
 */
export type FamilyTable = LazyTable<FamilyModule>
/** What a family table's entry loads: a family's table of methods, or a letter's table of families. */
export interface FamilyModule {
  readonly methods?: MethodTable
  readonly families?: FamilyTable
}
/**
 * The namespaces (`crm`); in an API of many namespaces, those of neighbour first letters under the
 * letters and a star (`cd*`, then `crm` in its table, a table of this type too).
 */
export type NamespaceTable = LazyTable<{ families: FamilyTable }>
