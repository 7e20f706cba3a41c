/**
 * `createClient`: the transport plus everything typed from the specs: the method tree
 * (`b24.crm.contact.delete`), `call` over MethodMap, `callWithMeta` for the `time` block, an
 * untyped escape hatch, `batch` and `deleteMany`.
 */
import { type Answer, type B24Transport, type BaseClientOptions, type CallOptions, createTransport } from './base.js'
import type { BatchOptions } from './batch.js'
import { core, systemErrorsByNeed } from './by-need.js'
import type { DeleteManyReport } from './delete-many.js'
import type { ErrorKind, MethodDescriptor } from './descriptor.js'
import { findDescriptor } from './find-descriptor.js'
import type { DeleteMethods, ListMethods, MethodMap, MethodTree, Time } from './generated/index.js'
import { type TreeTarget, withMethodTree } from './method-tree.js'
import type { PaginateOptions } from './paginate.js'
import {
  combinePolicies,
  leakyBucket,
  loadMiddleware,
  type OAuthTokenOptions,
  operatingGuard,
  type Policy,
  type RateLimit,
  type RetryOptions,
  retryPolicy,
} from './policies.js'

/** OAuth application credentials: the portal and its tokens, sent as the `auth` param. */
export interface OAuthOptions extends OAuthTokenOptions {
  /** `https://example.bitrix24.ru` (a trailing `/rest/` is fine). */
  portalUrl: string
  /** The application's id: with `clientSecret`, the client renews tokens at the OAuth server by itself. */
  clientId?: string
  /** The application's secret; sent only to the OAuth server, in a POST body, and redacted everywhere. */
  clientSecret?: string
  /** The OAuth server (default `https://oauth.bitrix.info`). */
  oauthServerUrl?: string
}

/** What the optional logger receives; URLs and bodies have the webhook code and tokens replaced by `***`. */
export type LogEntry =
  | { event: 'request'; method: string; url: string; body: string }
  | { event: 'response'; method: string; status: number; ms: number }
  | { event: 'error'; method: string; status: number; code: string; kind: ErrorKind }

/** How a client reaches the portal, and how it keeps within the portal's limits. */
export interface ClientOptions extends Omit<BaseClientOptions, 'portalUrl'> {
  /** An OAuth application: the portal and its tokens (refreshed on `expired_token` when `refresh` is given). */
  oauth?: OAuthOptions
  /** Receives a redacted entry for every request, answer and failed call. */
  logger?: (entry: LogEntry) => void
  /** The leaky bucket: 2/s burst 50 (`standard`, the default), 5/s burst 250 (`enterprise`), custom, or off. */
  rateLimit?: 'standard' | 'enterprise' | false | RateLimit
  /** Bounded retries with exponential backoff and jitter on 503, 5xx and network errors (on by default); `false` turns them off. */
  retry?: false | RetryOptions
  /**
   * Seconds of a method's operating-time window after which the client waits for
   * `time.operating_reset_at` instead of being blocked with 429 (default 440 of the portal's 480); `false` turns it off.
   */
  operatingLimit?: number | false
  /** Receives the `time` block of every successful answer (or use `callWithMeta`). */
  onTime?: (time: Time, method: string) => void
}

/** A method with a spec, by name. */
export type MethodName = keyof MethodMap
/** The arguments after the method name: params (optional where the method requires none), then options. */
export type CallArgs<M extends MethodName> =
  Record<never, never> extends MethodMap[M]['params']
    ? [params?: MethodMap[M]['params'], options?: CallOptions]
    : [params: MethodMap[M]['params'], options?: CallOptions]
/** `CallArgs` of a method's params, which are read only once the method is known (see ClientMethods). */
type ArgsOf<P> = Record<never, never> extends P ? [params?: NoInfer<P>, options?: CallOptions] : [params: NoInfer<P>, options?: CallOptions]
/** The delete methods (those `deleteMany` takes). */
export type DeleteMethodName = keyof DeleteMethods
type DeleteIdOf<M extends MethodName> = M extends DeleteMethodName ? DeleteMethods[M] : never
/** The list methods the pager follows, page after page. */
export type ListMethodName = keyof ListMethods
/** One record of a list method's answer. */
export type ListItemOf<M extends MethodName> = M extends ListMethodName ? ListMethods[M] : never

/** One typed batch command (any method's: a union of one member a method). */
export type BatchCommand = { [M in MethodName]: { readonly method: M; readonly params: MethodMap[M]['params'] } }[MethodName]
/** Commands keyed by name, or a list. */
export type BatchCommands = Readonly<Record<string, BatchCommand>> | readonly BatchCommand[]
/** The method of each command, by key (or place in a list): what `batch` reads from its commands. */
export type BatchMethods = Readonly<Record<string, MethodName>> | readonly MethodName[]
/** The params of each command's method, by key. */
type ParamsOf<N extends BatchMethods> = { [K in keyof N]: N[K] extends MethodName ? MethodMap[N[K]]['params'] : object }
/** The commands of the methods `N` names, each with its own method's params. */
export type CommandsOf<N extends BatchMethods> = { [K in keyof N]: { readonly method: N[K]; readonly params: ParamsOf<N>[K] } }
/**
 * The commands as `batch` takes them: each one's params `P[K]`, read once the methods are known.
 * The methods are checked against `BatchMethods`, so an unknown one is an error on its name.
 */
type PendingCommands<N extends BatchMethods, P extends { [K in keyof N]: object }> = {
  [K in keyof N]: { readonly method: N[K]; readonly params: NoInfer<P[K]> }
}

type Of<C, F extends 'result' | 'error'> = C extends { method: infer M extends MethodName } ? MethodMap[M][F] : never

/** A batch's outcome, keyed like its commands: each command is in results, errors or skipped. */
export interface BatchReport<C extends object> {
  results: { -readonly [K in keyof C]?: Of<C[K], 'result'> }
  errors: { -readonly [K in keyof C]?: Of<C[K], 'error'> }
  /** Keys of the commands `halt` kept from running. */
  skipped: string[]
}

/**
 * What `createClient` adds to the transport.
 *
 * The by-name helpers take the method's name first and fix the types of the rest from it: the
 * second type parameter (`A`, `P`, `I`) is not for callers. Its default is read once the name is
 * known, and `NoInfer` keeps TypeScript from typing an argument against the constraint first, which
 * is the union of every method's params: an editor would resolve them all again on each keystroke.
 */
export interface ClientMethods {
  /** Calls a method with a spec by name; params and result are typed from the spec. */
  call<M extends MethodName, P = MethodMap[M]['params']>(method: M, ...args: ArgsOf<P>): Promise<MethodMap[M]['result']>
  /** Like `call`, resolving to the whole answer: `result`, `time` (limits, timing), `total`, `next`. */
  callWithMeta<M extends MethodName, P = MethodMap[M]['params']>(
    method: M,
    params: NoInfer<P>,
    options?: CallOptions,
  ): Promise<Answer<MethodMap[M]['result']>>
  /** Calls any method, with or without a spec, untyped: the escape hatch for what the specs do not cover yet. */
  callUntyped<T = unknown>(method: string, params?: object, options?: CallOptions): Promise<T>
  /**
   * Runs typed commands through `batch`, 50 a request, keyed like `commands`. `N` is each command's
   * method, read from the commands; each command's params are then checked against its own method's
   * (`P`, like call's), not against the union of every method's command (`BatchCommand`), which an
   * editor built and searched again on each keystroke.
   */
  batch<const N extends BatchMethods, P extends { [K in keyof N]: object } = ParamsOf<N>>(
    commands: PendingCommands<N, P>,
    options?: BatchOptions,
  ): Promise<BatchReport<CommandsOf<N>>>
  /**
   * Every record of a list method, page after page: `for await (const c of b24.paginate('crm.contact.list', { filter }))`.
   * Each page is an ordinary call (limits and retries apply); `onPage` sees each answer with `total` and `next`.
   */
  paginate<M extends ListMethodName, P = MethodMap[M]['params']>(
    method: M,
    params?: NoInfer<P>,
    options?: PaginateOptions<ListItemOf<M>>,
  ): AsyncGenerator<ListItemOf<M>, void, undefined>
  /** Deletes many records with a delete method through `batch`, reporting every id. */
  deleteMany<M extends DeleteMethodName, I = DeleteIdOf<M>>(
    method: M,
    ids: readonly NoInfer<I>[],
    options?: Omit<BatchOptions, 'halt'>,
  ): Promise<DeleteManyReport<DeleteIdOf<M>, MethodMap[M]['error']>>
}

/** The client: the method tree, the typed helpers and the transport. */
export type B24Client = MethodTree & ClientMethods & B24Transport

/**
 * The code of the options a client may be given: `onTime`, OAuth and the logger's work
 * (optional-policy.ts, one chunk), loaded with the first call of a client given any of them.
 */
const loadOptions = () => import('./optional-policy.js')

/**
 * The optional policies (`onTime`, OAuth), whose code loads on the first call: they run only for a
 * client given them. OAuth's secrets are known to the transport from the start, so nothing shows
 * them before that call.
 */
const getOptionalPolicy =
  (options: ClientOptions): Policy =>
  (context) => {
    const { oauth } = options
    for (const secret of [oauth?.accessToken, oauth?.refreshToken, oauth?.clientSecret]) context.addSecret(secret)
    return loadMiddleware(() => loadOptions().then((m) => m.createOptionalMiddleware(core, options, context)))
  }

/** The policies createClient runs, outermost first: a refresh retries the whole call; each retry passes the guard and takes a place in the bucket. */
function getPolicies(options: ClientOptions): Policy[] {
  const { rateLimit = 'standard', retry = {}, operatingLimit = 440, onTime, oauth, policy } = options
  return [
    (onTime || oauth) && getOptionalPolicy(options),
    retry !== false && retryPolicy(retry),
    operatingLimit !== false && operatingGuard(operatingLimit),
    rateLimit !== false && leakyBucket(rateLimit),
    policy,
  ].filter(Boolean) as Policy[]
}

/**
 * The transport, with the optional logger: requests and answers are logged from a wrapped fetch,
 * failed calls from a wrapped request; the logging code (logging.ts, in the options' chunk) loads with the first request.
 */
function createLoggedTransport(options: ClientOptions): B24Transport {
  const { logger } = options
  const base = createTransport(
    {
      ...options,
      portalUrl: options.oauth?.portalUrl,
      policy: combinePolicies(...getPolicies(options)),
      fetch: logger
        ? (url, init) => loadOptions().then((m) => m.fetchLogged(logger, base.redact, options.fetch ?? fetch, url, init))
        : options.fetch,
    },
    systemErrorsByNeed,
  )
  return logger
    ? {
        redact: base.redact,
        // The call's own error comes out, logged or not (a logging module that failed to load logs nothing).
        request: <T>(target: MethodDescriptor | string, params?: object, o?: CallOptions) =>
          base.request<T>(target, params, o).catch(
            (error: unknown) =>
              loadOptions()
                .then((m) => m.logError(core, logger, error))
                .finally(() => Promise.reject(error)) as Promise<never>,
          ),
      }
    : base
}

/**
 * Creates a client for one portal, by webhook or OAuth.
 *
 * ```ts
 * const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
 * await b24.crm.contact.delete({ id: 50 }) // true
 * ```
 */
export function createClient(options: ClientOptions): B24Client {
  const transport = createLoggedTransport(options)
  const methods = callByName(transport)
  return withMethodTree({ ...methods, ...transport }, methods) as B24Client
}

/**
 * The client's functions by method name over a transport, under their typed signatures: each finds
 * its method's descriptor by need (find-descriptor.ts), so nothing here grows with the number of
 * methods. call, callWithMeta and callUntyped are one by-name call; batch, deleteMany and the pager
 * load their module on first use (by-name.ts), so an app that never calls them
 * bundles none of it.
 */
function callByName(transport: B24Transport): ClientMethods & TreeTarget {
  const callWithMeta = (method: string, params?: object, o?: CallOptions) =>
    findDescriptor(method).then((descriptor) => transport.request(descriptor ?? method, params, o))
  const call = (method: string, params?: object, o?: CallOptions) => callWithMeta(method, params, o).then((a) => a.result)
  const byName = () => import('./by-name.js')
  return {
    call,
    callWithMeta,
    callUntyped: call,
    batch: (commands: BatchCommands, o?: BatchOptions) => byName().then((m) => m.runBatchCommands(core, transport, commands, o)),
    deleteMany: (method: string, ids: readonly unknown[], o?: BatchOptions) =>
      byName().then((m) => m.deleteManyByName(core, transport, method, ids, o)),
    async *paginate(method: string, params?: object, o?: PaginateOptions<unknown>) {
      yield* (await byName()).paginateByName(core, transport, method, params, o)
    },
  } as ClientMethods & TreeTarget
}

/**
 * The method tree over a transport, as `createClient` builds it:
 * `createMethodTree(createBaseClient(...)).crm.contact.delete({ id: 50 })`.
 */
export function createMethodTree(transport: B24Transport): MethodTree {
  return withMethodTree({}, callByName(transport)) as MethodTree
}
