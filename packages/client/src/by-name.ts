/**
 * `deleteMany`, the pager and `batch` by method name, as `createClient` and its tree call them: the
 * method's descriptor is found by need, and a name without a spec is the caller's error (batch sends
 * such a command unchecked). Loaded with the first such call, so an app that never makes one bundles
 * none of it in its entry; one module for the three, so the entry names one chunk for them (those
 * helpers share the batch core anyway: deleteMany runs through batch).
 */
import type { B24Transport } from './base.js'
import type { BatchOptions } from './batch.js'
import type { Core } from './by-need.js'
import { deleteMany } from './delete-many.js'
import type { MethodDescriptor } from './descriptor.js'
import { type PaginateOptions, paginate } from './paginate.js'

/** The descriptor of a method `deleteMany` or the pager needs; a name without a spec is the caller's error. */
async function requireDescriptor(core: Core, method: string, helper: string): Promise<MethodDescriptor> {
  const descriptor = await core.findDescriptor(method)
  if (!descriptor) throw new TypeError(`${helper} needs a method with a spec; ${method} has none`)
  return descriptor
}

/** Deletes each id with the delete method `method`, through batch, reporting every id. */
export async function deleteManyByName(
  core: Core,
  transport: B24Transport,
  method: string,
  ids: readonly unknown[],
  options?: BatchOptions,
) {
  return deleteMany(core, transport, await requireDescriptor(core, method, 'deleteMany'), ids, options)
}

/** Every record of the list method `method`, page after page. */
export async function* paginateByName(
  core: Core,
  transport: B24Transport,
  method: string,
  params?: object,
  options?: PaginateOptions<unknown>,
): AsyncGenerator<unknown, void, undefined> {
  yield* paginate<unknown>(core, transport, await requireDescriptor(core, method, 'paginate'), params, options)
}

export { runBatchCommands } from './batch-commands.js'
