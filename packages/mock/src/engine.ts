/**
 * The framework-free core of the mock portal: `handle(request)` answers any `/rest/*` call from the
 * generated tables. One dispatcher, one map lookup per call, whatever the number of methods.
 */
import { type Authenticator, createAuthenticator, type MockOAuthToken, type MockUser, type MockWebhook } from './auth.js'
import { runBatch } from './batch.js'
import { type MockClock, systemClock } from './clock.js'
import { createErrorResponse, createResultResponse, createTime, type PortalLang } from './envelope.js'
import { createFaultInjector, type MockFaults } from './faults.js'
import { entityTable, methodTable, systemErrors } from './generated/index.js'
import { type JournalEntry, redactPath, redactValue } from './journal.js'
import { createLeakyBucket, createOperatingBudget, type MockPlan } from './limits.js'
import { type CallOutcome, callMethod, findRowByCode } from './methods.js'
import { type MockParams, parseRestPath, readParams } from './params.js'
import { createStore, getDefaultSeed, type MockSeed, type MockStore } from './store.js'
import type { MockErrorRow, MockMethod } from './table.js'

/** The webhook code of the default webhook (user 1); documented so tests and demos can rely on it. */
export const defaultWebhookCode = 'b24kitmockcode'
/** The OAuth access token accepted when no `oauthTokens` are configured. */
export const defaultAccessToken = 'b24kit-mock-token'

/** How the mock portal behaves. Every field is optional. */
export interface MockPortalOptions {
  /** The store's records; defaults to the entities' spec seeds (contact 50). */
  seed?: MockSeed
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
}

/** The mock without any framework adapter. */
export interface MockEngine {
  /** Answers one request; rejects with MockConnectionDropped where a fault drops the connection. */
  handle(request: Request): Promise<Response>
  /** Like handle, but resolves to null for a dropped connection. */
  dispatch(request: Request): Promise<Response | null>
  store: MockStore
  /** Calls received so far, secrets redacted. */
  journal: JournalEntry[]
  /** Back to the seed: store, journal, limits and fault random numbers. */
  reset(): void
  /** The webhook URL of the first configured webhook on `baseUrl` (ends with `/`). */
  webhookUrl(baseUrl?: string): string
  readonly lang: PortalLang
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

/** Creates the engine. Throws MockSeedError on a seed naming an unknown entity. */
export function createMockEngine(options: MockPortalOptions = {}): MockEngine {
  const lang = options.lang ?? 'ru'
  const clock = options.clock ?? systemClock
  const seed = options.seed ?? getDefaultSeed(entityTable)
  const webhooks = options.webhooks ?? [{ userId: 1, code: defaultWebhookCode }]
  const auth: Authenticator = createAuthenticator(
    webhooks,
    toTokens(options.oauthTokens),
    options.users ?? [{ id: 1, permissions: '*', scopes: '*' }],
  )
  const methods = new Map<string, MockMethod>(Object.entries(methodTable))
  const store = createStore(entityTable, seed)
  const bucket = createLeakyBucket(options.plan ?? 'off')
  const budget = createOperatingBudget(options.operatingBudgetSeconds)
  const faults = createFaultInjector(options.faults, options.randomSeed ?? 1)
  const journal: JournalEntry[] = []
  let seq = 0

  async function answer(request: Request, url: URL, entry: JournalEntry): Promise<Response | null> {
    const start = clock.now()
    const fail = (row: MockErrorRow) => {
      entry.error = row.code
      return createErrorResponse(row, lang)
    }
    const path = parseRestPath(url.pathname)
    if (!path) return fail(getSystemErrorOrThrow('methodNotFound'))
    entry.method = path.method
    const params: MockParams = await readParams(request, url)
    entry.params = redactValue(params) as MockParams
    if (path.webhook && options.strictHttps && url.protocol === 'http:') return fail(getSystemErrorOrThrow('httpsRequired'))
    const outcome = auth.authenticate(path, params, request.headers, start)
    if (!outcome.ok) return fail(getSystemErrorOrThrow(outcome.errorId))
    const { caller } = outcome
    entry.transport = caller.transport
    entry.userId = caller.user.id
    if (!bucket.take(start)) return fail(getSystemErrorOrThrow('queryLimitExceeded'))
    const method = methods.get(path.method)
    if (!method && path.method !== 'batch') return fail(getSystemErrorOrThrow('methodNotFound'))

    const draw = faults.draw(path.method)
    if (draw.drop) return null
    const budgetKey = `${caller.key}|${path.method}`
    if (budget.isExhausted(budgetKey, start)) return fail(getSystemErrorOrThrow('operationTimeLimit'))
    if (draw.latencyMs > 0) await clock.sleep(draw.latencyMs)
    if (draw.errorCode !== undefined) {
      const row = findRowByCode(method, draw.errorCode, systemErrors)
      if (row) return fail(row)
    }

    const ctx = { caller, store, getSystemErrorOrThrow, entities: entityTable, lang }
    const runCommand = (name: string, commandParams: MockParams): CallOutcome => {
      const target = methods.get(name)
      return target ? callMethod(target, commandParams, ctx) : { ok: false, row: getSystemErrorOrThrow('methodNotFound') }
    }
    let outcome2: CallOutcome
    if (method) outcome2 = callMethod(method, params, ctx)
    else {
      const result = runBatch(params, {
        lang,
        runCommand,
        getSystemErrorOrThrow,
        now: () => clock.now(),
        createCommandTime: (s, f) => {
          const used = budget.record(`${caller.key}|batch`, f, 0)
          return createTime(s, f, used.operating, used.resetAt)
        },
      })
      outcome2 = { ok: true, result }
    }
    const finish = clock.now()
    const used = budget.record(budgetKey, finish, (finish - start) / 1000)
    if (!outcome2.ok) return fail(outcome2.row)
    return createResultResponse(outcome2.result, createTime(start, finish, used.operating, used.resetAt), outcome2)
  }

  async function dispatch(request: Request): Promise<Response | null> {
    const url = new URL(request.url)
    const entry: JournalEntry = {
      seq: ++seq,
      at: clock.now(),
      httpMethod: request.method,
      path: redactPath(url.pathname),
      method: '',
      transport: 'none',
      params: {},
      status: 0,
    }
    journal.push(entry)
    const response = await answer(request, url, entry)
    if (!response) {
      entry.dropped = true
      return null
    }
    entry.status = response.status
    return response
  }

  return {
    lang,
    store,
    journal,
    dispatch,
    async handle(request) {
      const response = await dispatch(request)
      if (!response) throw new MockConnectionDropped('The mock dropped the connection (fault injection)')
      return response
    },
    reset() {
      store.load(seed)
      journal.length = 0
      seq = 0
      bucket.reset()
      budget.reset()
      faults.reset()
    },
    webhookUrl(baseUrl = 'https://mock.bitrix24.test') {
      const hook = webhooks[0]
      if (!hook) throw new Error('No webhook is configured')
      return `${baseUrl.replace(/\/+$/, '')}/rest/${hook.userId}/${hook.code}/`
    },
  }
}
