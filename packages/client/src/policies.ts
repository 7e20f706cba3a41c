/**
 * The resilience policies a transport runs around each call: OAuth tokens with refresh, bounded
 * retries, the operating-time guard and the leaky bucket. A policy is a middleware: it gets the
 * call and a function that makes one attempt, and may wait first, change the params, or attempt
 * again. `createClient` combines those its options ask for; an app that builds the smallest client
 * (`createBaseClient`) adds only those it wants, so the others stay out of its bundle.
 */
import type { Answer } from './base.js'
import { core } from './by-need.js'
import { type Clock, realClock } from './clock.js'
import { B24ApiError } from './errors.js'

/** What a policy sees of its transport. */
export interface PolicyContext {
  /** The transport's `clock` option, if any (policies default to the real one). */
  clock?: Clock | undefined
  /** Tells the transport of a secret (a token) to keep out of errors and logs. */
  addSecret(secret: string | undefined): void
  /** Replaces the transport's secrets in a text. */
  redact(text: string): string
}

/** One call, as a policy sees it. */
export interface PolicyCall {
  method: string
  params: object
  /** Aborts the call: a policy's waits end when it does. */
  signal: AbortSignal
}

/** Makes one attempt with these params; rejects with B24ApiError. */
export type Attempt = (params: object) => Promise<Answer>

/** Runs a call: attempts it (once, several times, after waiting...) and resolves to its answer. */
export type Middleware = (call: PolicyCall, attempt: Attempt) => Promise<Answer>

/** A policy: made once per transport, from what it sees of it. */
export type Policy = (context: PolicyContext) => Middleware

/** Runs policies one inside the other, the first outermost: `combinePolicies(oauth(...), retryPolicy(), leakyBucket())`. */
export function combinePolicies(...policies: Policy[]): Policy {
  return (context) => {
    const wares = policies.map((policy) => policy(context))
    return (call, attempt) =>
      wares.reduceRight<Attempt>((inner, ware) => (params) => ware({ ...call, params }, inner), attempt)(call.params)
  }
}

/** A custom rate limit. */
export interface RateLimit {
  drainPerSecond: number
  burst: number
  /**
   * How long after the portal's bucket would have room a request that had to wait is sent (default
   * 100 ms). The portal drains its bucket on its own clock, and a request can reach it a moment
   * earlier than the client reckoned (timers that fire a millisecond early, a faster network path);
   * without a margin such a request is refused with 503 and retried. It costs one wait of this
   * length when the bucket first fills, not throughput.
   */
  marginMs?: number
}

/** The default safety margin of the leaky bucket. */
export const defaultRateMarginMs = 100

/** The portal's limits: standard plans drain 2 requests a second and hold 50; Enterprise 5 and 250. */
export const rateLimitPresets = {
  standard: { drainPerSecond: 2, burst: 50 },
  enterprise: { drainPerSecond: 5, burst: 250 },
} as const satisfies Record<string, RateLimit>

/**
 * The leaky bucket, the same shape as the portal's: each request adds 1, the bucket drains
 * `drainPerSecond`, and a request that would overflow `burst` waits until it fits, plus `marginMs`
 * so that it never runs ahead of a portal draining at the same nominal rate. Places are taken
 * synchronously, so concurrent calls queue in order without a lock. Put it innermost, so that
 * every attempt, retries included, takes a place.
 */
export function leakyBucket(limit: 'standard' | 'enterprise' | RateLimit = 'standard'): Policy {
  const { drainPerSecond, burst, marginMs = defaultRateMarginMs }: RateLimit = typeof limit === 'string' ? rateLimitPresets[limit] : limit
  const margin = (marginMs * drainPerSecond) / 1000
  return ({ clock = realClock }) => {
    let level = 0
    // Drain counted since the bucket was last empty: only a request that relies on it can reach the
    // portal too early, by at most the margin, so a burst from an empty bucket still goes at once.
    let credit = 0
    let last = clock.now()
    return async (call, attempt) => {
      const now = clock.now()
      const drained = ((now - last) * drainPerSecond) / 1000
      credit = level > drained ? credit + drained : 0
      level = Math.max(0, level - drained) + 1
      last = now
      // A request that needs drained room (to wait for it, or counted since the bucket was empty)
      // is sent the whole margin after the room is there: it may reach the portal that much early.
      const over = level - burst
      const wait = over > 0 || over + Math.min(margin, credit) > 0 ? over + margin : 0
      // Whole milliseconds, rounded up: float dust (499.9999999 ms) must not send a request early.
      if (wait > 0) await clock.sleep(Math.ceil(Math.round((wait * 1e6) / drainPerSecond) / 1000), call.signal)
      return attempt(call.params)
    }
  }
}

/**
 * The operating-time guard: reads `time.operating` and `time.operating_reset_at` of each answer,
 * and once a method has used `limitSeconds` of its window, waits until the window frees instead
 * of being blocked with 429 OPERATION_TIME_LIMIT (the portal's budget is 480 s in 10 minutes).
 */
export function operatingGuard(limitSeconds = 440): Policy {
  return ({ clock = realClock }) => {
    // When each method that used up its budget in its last answer may run again (ms).
    const blocked = new Map<string, number>()
    return async ({ method, params, signal }, attempt) => {
      const ms = (blocked.get(method) ?? 0) - clock.now()
      blocked.delete(method)
      if (ms > 0) await clock.sleep(ms, signal)
      const answer = await attempt(params)
      const { operating, operating_reset_at: resetAt } = answer.time ?? {}
      // The latest answer of a method decides: blocked until its window resets, or free again.
      if (operating !== undefined && resetAt !== undefined)
        operating < limitSeconds ? blocked.delete(method) : blocked.set(method, resetAt * 1000)
      return answer
    }
  }
}

/** Retries on 503, other 5xx and network errors (never on 4xx). */
export interface RetryOptions {
  /** Retries after the first try (default 3). */
  attempts?: number
  /** The first delay; each next one doubles, with jitter (default 500 ms). */
  baseDelayMs?: number
  /** The longest delay (default 10 s). */
  maxDelayMs?: number
  /** A number in [0, 1) that sets the jitter (default Math.random). */
  random?: () => number
}

/** Whether an error is worth another attempt: 503 and other 5xx, and network errors; never a 4xx or a timeout. */
export const isRetryable = (error: unknown): boolean => error instanceof B24ApiError && (error.kind === 'network' || error.status > 499)

/**
 * Bounded retries with exponential backoff and "equal jitter" (half fixed, half random). The first
 * attempt runs here; the retries' code (waits.ts) loads with a call's first failure, so an app whose
 * calls succeed loads none of it.
 */
export function retryPolicy(given: RetryOptions = {}): Policy {
  // Read as given: a later change to the object changes nothing.
  const options = { ...given }
  return ({ clock = realClock }) =>
    async (call, attempt) => {
      try {
        return await attempt(call.params)
      } catch (error) {
        // A chunk that fails to load (a browser's network error) retries nothing: the call's own error comes out.
        const retries = await import('./waits.js').catch(() => {
          throw error
        })
        return retries.retryAfter(error, isRetryable, clock, options, call, attempt)
      }
    }
}

/** An OAuth token pair (a refresh at the OAuth server adds `expires` and the portal's facts). */
export interface Tokens {
  accessToken: string
  refreshToken?: string | undefined
  /** Unix seconds when the access token expires, where the OAuth server said. */
  expires?: number | undefined
}

/** OAuth tokens, and how to renew them. */
export interface OAuthTokenOptions extends Tokens {
  /** Called on `expired_token`, once however many calls hit it at once; resolves to the new pair. */
  refresh?: (tokens: Tokens) => Promise<Tokens>
  /** Told of every new pair, to store it. */
  onTokens?: (tokens: Tokens) => void
}

/**
 * OAuth: sends the access token as the `auth` param. On `expired_token` (under 401 or 403), calls
 * `refresh` once however many calls hit it at once, keeps the new pair, tells `onTokens`, and
 * retries each call once; a call whose token another call's refresh already replaced just retries.
 * A failed refresh fails the call with its expired_token error, the failure (redacted) as cause;
 * a refusal of the OAuth server fails it with that B24OAuthError (`invalid_grant`...) itself.
 */
export function oauth(options: OAuthTokenOptions): Policy {
  return (context) => {
    // Secrets from the start: the transport redacts them before the first call loads the policy.
    context.addSecret(options.accessToken)
    context.addSecret(options.refreshToken)
    return loadMiddleware(() => import('./oauth-policy.js').then((m) => m.createOAuthMiddleware(core, options, context)))
  }
}

/** A middleware whose code loads on the first call; a chunk that failed to load (a network error in a browser) is tried again by the next call. */
export function loadMiddleware(load: () => Promise<Middleware>): Middleware {
  let ware: Promise<Middleware> | undefined
  return (call, attempt) => {
    ware ??= load().catch((error: unknown) => {
      // The failed load is the one kept (nothing loads again while it is pending), so the next call loads again.
      ware = undefined
      throw error
    })
    return ware.then((middleware) => middleware(call, attempt))
  }
}
