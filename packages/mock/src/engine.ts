/**
 * The framework-free core of the mock portal: `handle(request)` answers any `/rest/*` call from the
 * generated tables. One dispatcher, one map lookup per call, whatever the number of methods.
 */

import { type Authenticator, createAuthenticator, type MockCaller, type MockOAuthToken, type MockUser, type MockWebhook } from './auth.js'
import { runBatch } from './batch.js'
import { type MockClock, systemClock } from './clock.js'
import { createErrorReply, createResultReply, createTime, type MockReply, type PortalLang, toResponse } from './envelope.js'
import { createFaultInjector, type MockFaults } from './faults.js'
import { entityTable, methodTable, systemErrors } from './generated/index.js'
import { createPreflightResponse, isPreflight } from './http/cors.js'
import { toXmlReply } from './http/xml.js'
import { type JournalEntry, redactPath, redactValue } from './journal.js'
import { createLeakyBucket, createOperatingBudget, type MockPlan } from './limits.js'
import { type CallOutcome, callMethod, findRowByCode } from './methods.js'
import { createApplications, type MockApplicationOptions, type MockApplications } from './oauth/applications.js'
import { type MockParams, parseRestPath, type RestPath, readParams } from './params.js'
import { addProjectMethods, addProjectSeed, type MockProjectTable } from './project/table.js'
import { createStore, getDefaultSeed, type MockSeed, type MockStore } from './store.js'
import type { MockErrorRow, MockMethod } from './table.js'

/** The webhook code of the default webhook (user 1); documented so tests and demos can rely on it. */
export const defaultWebhookCode = 'b24kitmockcode'
/** The OAuth access token accepted when no `oauthTokens` are configured. */
export const defaultAccessToken = 'b24kit-mock-token'

/** How the mock portal behaves. Every field is optional. */
export interface MockPortalOptions extends MockApplicationOptions {
  /** The store's records; defaults to the entities' spec seeds (contact 50). */
  seed?: MockSeed
  /** What a project adds (`b24kit generate`'s mock table): its custom fields, smart processes and methods. */
  table?: MockProjectTable
  /** Portal language for localised texts; default `ru`. */
  lang?: PortalLang
  /** Default: user 1 with `defaultWebhookCode`. */
  webhooks?: readonly MockWebhook[]
  /** Default: `defaultAccessToken` for user 1. Strings are tokens of user 1 with every scope. */
  oauthTokens?: readonly (string | MockOAuthToken)[]
  /** Default: user 1, an admin with every permission and scope. */
  users?: readonly MockUser[]
  /** Request-rate bucket; default `off` (in-process tests are not throttled unless asked). */
  plan?: MockPlan
  /** Operating-time budget per credential and method over 10 minutes; default none. */
  operatingBudgetSeconds?: number
  faults?: MockFaults
  /** Seed of the fault injector's random numbers; default 1. */
  randomSeed?: number
  clock?: MockClock
  /** Answer webhook calls over plain HTTP with `INVALID_REQUEST` / `Https required.`, as the real server. */
  strictHttps?: boolean
  /** Keep only the last this many calls in `journal` (oldest dropped first); default: every call. */
  journalLimit?: number
  /** Told of each call once answered, with its journal entry (secrets redacted): the CLI's `--log`. */
  onCall?: (entry: JournalEntry) => void
}

/**
 * One call as plain data, for adapters that do not speak WHATWG Request (the node:http server):
 * everything the engine reads from a request, the parameters read only when the path names a method.
 */
export interface MockCall {
  /** The HTTP method, upper-case. */
  httpMethod: string
  /** The URL's path as WHATWG URL gives it (`url.pathname`). */
  pathname: string
  /** The URL's scheme with its colon, `http:` or `https:` (`strictHttps` refuses webhooks over `http:`). */
  protocol: string
  /** The Authorization header, if any. */
  authorization: string | null
  /** The query's and the body's parameters (`readParams` for a Request). */
  readParams(): MockParams | Promise<MockParams>
}

/** The mock without any framework adapter. */
export interface MockEngine {
  /** Answers one request; rejects with MockConnectionDropped where a fault drops the connection. */
  handle(request: Request): Promise<Response>
  /** Like handle, but resolves to null for a dropped connection. */
  dispatch(request: Request): Promise<Response | null>
  /**
   * The dispatcher under `dispatch`, on plain data: the status and JSON text (content type
   * `application/json; charset=utf-8`; XML with `contentType` set for a `.xml` path), or null for a
   * dropped connection. Synchronous unless the
   * call has to wait (parameters read asynchronously, injected latency): then a promise of the same.
   */
  dispatchCall(call: MockCall): MockReply | null | Promise<MockReply | null>
  store: MockStore
  /** Calls received so far, secrets redacted. */
  journal: JournalEntry[]
  /** Appends an entry to the journal (numbered and timed like a call): the frame host's commands. */
  record(entry: Omit<JournalEntry, 'seq' | 'at'>): JournalEntry
  /** The mock's clock. */
  readonly clock: MockClock
  /** Back to the seed: store, journal, limits, fault random numbers and event bindings (issued tokens stay valid). */
  reset(): void
  /**
   * Replaces the faults the portal was made with (undefined: none) and restarts their random numbers;
   * `reset()` keeps them. One portal then serves cases that differ only in their faults.
   */
  setFaults(faults: MockFaults | undefined): void
  /** Applications: the OAuth server (`apps`, `tokenTtlSeconds`), event bindings and their deliveries. */
  applications: MockApplications
  /**
   * The first configured webhook's URL on the default origin `https://mock.bitrix24.test` (ends
   * with `/`): a property, as `MockServer.webhookUrl` is.
   */
  readonly webhookUrl: string
  /** The first configured webhook's URL on another origin, such as `https://example.bitrix24.ru` (ends with `/`). */
  webhookUrlAt(baseUrl: string): string
  readonly lang: PortalLang
}

/** An answer now, or once the call has waited. */
type Reply = MockReply | null | Promise<MockReply | null>

/** The `.xml` transport: the same answer printed as XML. */
function withXml(reply: Reply): Reply {
  if (reply instanceof Promise) return reply.then((done) => done && toXmlReply(done))
  return reply && toXmlReply(reply)
}

/** Thrown by `handle` when an injected fault drops the connection. */
export class MockConnectionDropped extends Error {
  override name = 'MockConnectionDropped'
}

function toTokens(tokens: MockPortalOptions['oauthTokens']): MockOAuthToken[] {
  return (tokens ?? [defaultAccessToken]).map((t) => (typeof t === 'string' ? { token: t, userId: 1 } : t))
}

function getSystemErrorOrThrow(id: string): MockErrorRow {
  const row = systemErrors[id]
  if (!row) throw new Error(`The generated system errors have no row "${id}"`)
  return row
}

let shippedMethods: ReadonlyMap<string, MockMethod> | undefined

/**
 * The shipped methods keyed lower-case, as the server reads names from the path and batch commands
 * (crm.activity.todo.updateColor): built once, so a new engine costs the same at any number of methods.
 */
function getShippedMethods(): ReadonlyMap<string, MockMethod> {
  shippedMethods ??= new Map(Object.entries(methodTable).map(([name, method]) => [name.toLowerCase(), method]))
  return shippedMethods
}

/** Creates the engine. Throws MockSeedError on a seed naming an unknown entity. */
export function createMockEngine(options: MockPortalOptions = {}): MockEngine {
  const lang = options.lang ?? 'ru'
  const clock = options.clock ?? systemClock
  const baseSeed = options.seed ?? getDefaultSeed(entityTable)
  const seed = options.table ? addProjectSeed(baseSeed, options.table, entityTable) : baseSeed
  const webhooks = options.webhooks ?? [{ userId: 1, code: defaultWebhookCode }]
  // Shared by every engine; a project's table adds its methods to a copy.
  let methods = getShippedMethods()
  if (options.table) {
    const own = new Map(methods)
    addProjectMethods(own, options.table)
    methods = own
  }
  const store = createStore(entityTable, seed)
  const bucket = createLeakyBucket(options.plan ?? 'off')
  const budget = createOperatingBudget(options.operatingBudgetSeconds)
  const faults = createFaultInjector(options.faults, options.randomSeed ?? 1)
  const journal: JournalEntry[] = []
  const journalLimit = options.journalLimit
  const readClock = () => clock.now()
  let seq = 0
  const applications = createApplications(options, {
    clock,
    faults,
    randomSeed: options.randomSeed ?? 1,
    lang,
    methods,
    record: (entry) => push({ seq: ++seq, at: clock.now(), transport: 'none', ...entry }),
  })
  const auth: Authenticator = createAuthenticator(
    webhooks,
    toTokens(options.oauthTokens),
    options.users ?? [{ id: 1, permissions: '*', scopes: '*' }],
    (token) => applications.authority.lookup(token),
  )
  /** Runs a method with a spec, and fires the events it declares once it changed the store. */
  const runMethod = (method: MockMethod, params: MockParams, ctx: Parameters<typeof callMethod>[2]): CallOutcome => {
    const outcome = callMethod(method, params, ctx)
    if (outcome.ok && method.events && outcome.recordId !== undefined)
      for (const event of method.events) applications.hub.fire(event, { FIELDS: { ID: outcome.recordId } }, ctx.caller, method.scope)
    return outcome
  }
  // Clients call few distinct paths, so each one is parsed and redacted once (bounded, for odd clients).
  const paths = new Map<string, { path: RestPath | undefined; redacted: string }>()
  const readPath = (pathname: string) => {
    let known = paths.get(pathname)
    if (!known) {
      if (paths.size >= 1000) paths.clear()
      known = { path: parseRestPath(pathname), redacted: redactPath(pathname) }
      paths.set(pathname, known)
    }
    return known
  }
  const failWith = (entry: JournalEntry, row: MockErrorRow): MockReply => {
    entry.error = row.code
    return createErrorReply(row, lang)
  }

  // The call runs synchronously as far as it can: a server answering thousands of calls a second
  // should not pay for promises it does not wait on. Each step that may wait hands on with `then`.

  function answer(call: MockCall, entry: JournalEntry, path: RestPath | undefined): Reply {
    const start = clock.now()
    if (!path) return failWith(entry, getSystemErrorOrThrow('methodNotFound'))
    entry.method = path.method
    const params = call.readParams()
    if (params instanceof Promise) return params.then((read) => answerWith(call, entry, path, start, read))
    return answerWith(call, entry, path, start, params)
  }

  function answerWith(call: MockCall, entry: JournalEntry, path: RestPath, start: number, params: MockParams): Reply {
    entry.params = redactValue(params) as MockParams
    if (path.webhook && options.strictHttps && call.protocol === 'http:') return failWith(entry, getSystemErrorOrThrow('httpsRequired'))
    const outcome = auth.authenticate(path, params, call.authorization, start)
    if (!outcome.ok) return failWith(entry, getSystemErrorOrThrow(outcome.errorId))
    const { caller } = outcome
    entry.transport = caller.transport
    entry.userId = caller.user.id
    if (!bucket.take(start)) return failWith(entry, getSystemErrorOrThrow('queryLimitExceeded'))
    const method = methods.get(path.method)
    const eventMethod = method ? undefined : applications.hub.methods.get(path.method)
    if (eventMethod) {
      const outcome = eventMethod(params, caller)
      const finish = clock.now()
      return outcome.ok ? createResultReply(outcome.result, createTime(start, finish, 0, 0), outcome) : failWith(entry, outcome.row)
    }
    if (!method && path.method !== 'batch') return failWith(entry, getSystemErrorOrThrow('methodNotFound'))

    const draw = faults.draw(path.method)
    if (draw.drop) return null
    const budgetKey = `${caller.key}|${path.method}`
    if (budget.isExhausted(budgetKey, start)) return failWith(entry, getSystemErrorOrThrow('operationTimeLimit'))
    if (draw.latencyMs > 0) {
      return clock.sleep(draw.latencyMs).then(() => runCall(entry, caller, method, draw.errorCode, params, start, budgetKey))
    }
    return runCall(entry, caller, method, draw.errorCode, params, start, budgetKey)
  }

  function runCall(
    entry: JournalEntry,
    caller: MockCaller,
    method: MockMethod | undefined,
    errorCode: string | undefined,
    params: MockParams,
    start: number,
    budgetKey: string,
  ): MockReply {
    if (errorCode !== undefined) {
      const row = findRowByCode(method, errorCode, systemErrors)
      if (row) return failWith(entry, row)
    }
    const ctx = { caller, store, getSystemErrorOrThrow, entities: entityTable, lang, now: readClock }
    let outcome: CallOutcome
    if (method) outcome = runMethod(method, params, ctx)
    else {
      const result = runBatch(params, {
        lang,
        runCommand: (name, commandParams) => {
          const target = methods.get(name)
          return target ? runMethod(target, commandParams, ctx) : { ok: false, row: getSystemErrorOrThrow('methodNotFound') }
        },
        getSystemErrorOrThrow,
        now: () => clock.now(),
        createCommandTime: (s, f) => {
          const used = budget.record(`${caller.key}|batch`, f, 0)
          return createTime(s, f, used.operating, used.resetAt)
        },
      })
      outcome = { ok: true, result }
    }
    const finish = clock.now()
    const used = budget.record(budgetKey, finish, (finish - start) / 1000)
    if (!outcome.ok) return failWith(entry, outcome.row)
    return createResultReply(outcome.result, createTime(start, finish, used.operating, used.resetAt), outcome)
  }

  function settle(entry: JournalEntry, reply: MockReply | null): MockReply | null {
    if (reply) entry.status = reply.status
    else entry.dropped = true
    options.onCall?.(entry)
    return reply
  }

  function push(entry: JournalEntry): JournalEntry {
    journal.push(entry)
    if (journalLimit !== undefined && journal.length > journalLimit) journal.shift()
    return entry
  }

  function dispatchCall(call: MockCall): Reply {
    const { path, redacted } = readPath(call.pathname)
    // A literal per call, not a spread: this runs on every request the server answers.
    const entry = push({
      seq: ++seq,
      at: clock.now(),
      httpMethod: call.httpMethod,
      path: redacted,
      method: '',
      transport: 'none',
      params: {},
      status: 0,
    })
    const reply = answer(call, entry, path)
    const settled = reply instanceof Promise ? reply.then((done) => settle(entry, done)) : settle(entry, reply)
    return path?.format === 'xml' ? withXml(settled) : settled
  }

  async function dispatch(request: Request): Promise<Response | null> {
    // A browser's preflight carries no credentials: answered before auth, and not a call to journal.
    if (isPreflight(request.method, request.headers.get('access-control-request-method'))) return createPreflightResponse(request)
    const url = new URL(request.url)
    const reply = await dispatchCall({
      httpMethod: request.method,
      pathname: url.pathname,
      protocol: url.protocol,
      authorization: request.headers.get('authorization'),
      readParams: () => readParams(request, url),
    })
    return reply && toResponse(reply)
  }

  return {
    lang,
    store,
    journal,
    clock,
    record: (fields) => push({ seq: ++seq, at: clock.now(), ...fields }),
    applications,
    dispatch,
    dispatchCall,
    async handle(request) {
      const response = await dispatch(request)
      if (!response) throw new MockConnectionDropped('The mock dropped the connection (fault injection)')
      return response
    },
    setFaults: (next) => faults.configure(next),
    reset() {
      store.load(seed)
      journal.length = 0
      seq = 0
      bucket.reset()
      budget.reset()
      faults.reset()
      applications.hub.reset()
    },
    get webhookUrl() {
      return this.webhookUrlAt('https://mock.bitrix24.test')
    },
    webhookUrlAt(baseUrl: string) {
      const hook = webhooks[0]
      if (!hook) throw new Error('No webhook is configured')
      return `${baseUrl.replace(/\/+$/, '')}/rest/${hook.userId}/${hook.code}/`
    },
  }
}
