/** `deleteMany(ids)` for delete methods: one batch command per id, and an outcome for every id. */
import type { B24Transport } from './base.js'
import { type BatchOptions, runBatch } from './batch.js'
import type { Core } from './by-need.js'
import type { MethodDescriptor } from './descriptor.js'
import type { B24ApiError } from './errors.js'

/** Every id, in the order given, in exactly one list. */
export interface DeleteManyReport<Id, E extends B24ApiError = B24ApiError> {
  deleted: Id[]
  /** The server answered the method's not-found row for these. */
  notFound: Id[]
  /** Any other error: invalid id (before sending), access denied, a failed request... */
  failed: { id: Id; error: E }[]
}

/** Deletes each id with the delete method `descriptor` names, through batch (never halting). */
export async function deleteMany<Id, E extends B24ApiError = B24ApiError>(
  core: Core,
  client: B24Transport,
  descriptor: MethodDescriptor,
  ids: readonly Id[],
  options: Omit<BatchOptions, 'halt'> = {},
): Promise<DeleteManyReport<Id, E>> {
  const { operation, method } = descriptor
  if (operation?.kind !== 'delete') throw new TypeError(`b24kit: ${method} is not a delete method`)
  const entries = ids.map((id, i) => ({ key: `d${i}`, method, descriptor, params: { [operation.by]: id } }))
  const { errors } = await runBatch(core, client, entries, { ...options, halt: false })
  const report: DeleteManyReport<Id, E> = { deleted: [], notFound: [], failed: [] }
  ids.forEach((id, i) => {
    const error = errors.get(`d${i}`) as E | undefined
    if (!error) report.deleted.push(id)
    else if (error.errorId === operation.notFound) report.notFound.push(id)
    else report.failed.push({ id, error })
  })
  return report
}
