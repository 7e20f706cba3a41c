/**
 * The package's batch, `deleteMany` and pager functions, each loading its module on first use. An app
 * (or `createClient`) that never sends a batch or follows pages loads none of their code: a bundler
 * splitting chunks keeps in an app's entry every module the package's root reaches statically, so
 * the root exports these small functions, and only they reach batch.ts, delete-many.ts and paginate.ts.
 */
import type { B24Transport } from './base.js'
import type { BatchEntry, BatchOptions, BatchOutcome } from './batch.js'
import type { DeleteManyReport } from './delete-many.js'
import type { MethodDescriptor, SystemErrorRow } from './descriptor.js'
import { B24ApiError, classifyError, textOf } from './errors.js'
import { findDescriptor } from './find-descriptor.js'
import { B24OAuthError, defaultOAuthServerUrl } from './oauth-error.js'
import type { PaginateOptions } from './paginate.js'
import { describeCause } from './redact.js'
import { checkParams } from './validate.js'

/**
 * The system error rows (a module of their own), loaded when awaited: by createClient's transport
 * with an error answer, before it makes the error (so the policies see its final kind), by batch with
 * a failed command. An app whose calls succeed never loads them; the module system keeps a loaded
 * module, so only the first load costs. A load that fails (a browser's network error, a CDN miss)
 * gives no rows rather than rejecting: the answer still becomes a B24ApiError with the server's code,
 * text and status, classified by the method's own rows, else by its status as an unknown code is
 * (`serverError` for a 5xx, `invalidRequest` for a 4xx; retries go by status, so they behave alike).
 * Nothing is cached: the next error answer tries the load again. A thenable rather than a function,
 * so the standalone transport, handed the rows themselves, awaits either alike.
 */
export const systemErrorsByNeed: PromiseLike<readonly SystemErrorRow[]> = {
  // biome-ignore lint/suspicious/noThenProperty: a promise that starts loading only when awaited
  then: (ok, fail) =>
    import('./generated/system-errors-by-need.js')
      .then(
        (m) => m.systemErrors,
        () => [],
      )
      .then(ok, fail),
}

/** The server's limit of commands in one batch. */
export const batchLimit = 50

/**
 * What the modules loaded by need use of the core, handed to them rather than imported: a module
 * that an app's entry and a chunk loaded by need both import becomes a shared chunk the entry loads
 * at once (esbuild), and a bundle without splitting wraps each such module in a lazy initializer.
 */
export const core = {
  B24ApiError,
  B24OAuthError,
  batchLimit,
  checkParams,
  classifyError,
  defaultOAuthServerUrl,
  describeCause,
  findDescriptor,
  systemErrorsByNeed,
  textOf,
}

/** The core as the modules loaded by need see it. */
export type Core = typeof core

/**
 * Runs the commands in order, in as many `batch` requests as they need (`batchLimit` a request);
 * every command ends up in exactly one of results, errors or skipped.
 */
export function runBatch(client: B24Transport, entries: BatchEntry[], options?: BatchOptions): Promise<BatchOutcome> {
  return import('./batch.js').then((m) => m.runBatch(core, client, entries, options))
}

/** Deletes each id with the delete method `descriptor` names, through batch (never halting), reporting every id. */
export function deleteMany<Id, E extends B24ApiError = B24ApiError>(
  client: B24Transport,
  descriptor: MethodDescriptor,
  ids: readonly Id[],
  options?: Omit<BatchOptions, 'halt'>,
): Promise<DeleteManyReport<Id, E>> {
  return import('./delete-many.js').then((m) => m.deleteMany<Id, E>(core, client, descriptor, ids, options))
}

/**
 * Yields every record a list method answers for `params`, page after page, following `next`.
 *
 * ```ts
 * for await (const contact of paginate(client, crmContactListDescriptor, { filter: { '%NAME': 'Iv' } })) console.log(contact.ID)
 * ```
 */
export async function* paginate<Item = unknown>(
  client: B24Transport,
  descriptor: MethodDescriptor,
  params?: object,
  options?: PaginateOptions<Item>,
): AsyncGenerator<Item, void, undefined> {
  yield* (await import('./paginate.js')).paginate<Item>(core, client, descriptor, params, options)
}
