/** What the generated modules import from the hand-written core, in one place. */
export type { Answer, B24Transport, CallOptions } from './base.js'
export type { BatchOptions } from './batch.js'
export { type DeleteManyReport, deleteMany } from './delete-many.js'
export type { ErrorRowDescriptor, MethodDescriptor, SystemErrorRow } from './descriptor.js'
export type { B24ApiError } from './errors.js'
export { type PaginateOptions, paginate } from './paginate.js'
/** A table of the lazy descriptor lookup: each key loads the next table, or a descriptor. */
export type DescriptorTable<T> = Readonly<Record<string, () => Promise<T>>>
