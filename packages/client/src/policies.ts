/**
 * The resilience policies a transport runs around each call: the leaky bucket, the operating-time
 * guard, bounded retries and OAuth token refresh. `createClient` turns its options into these; an
 * app that builds the smallest client (`createBaseClient`) adds only those it wants, so the others
 * stay out of its bundle.
 */
import type { Answer } from './base.js'
import { type Clock, realClock } from './clock.js'
import type { B24ApiError } from './errors.js'

/** What a policy sees of its transport. */
export interface PolicyContext {
  /** The transport's `clock` option, if any (policies default to the real one). */
  clock?: Clock | undefined
  /** Tells the transport of a secret (a token) to keep out of errors and logs. */
  addSecret(secret: string | undefined): void
}

/** One call, as the policies see it; a policy may keep its own state on it. */
export interface CallState {
  method: string
  [key: string]: unknown
}

/** Hooks into every call: wait before an attempt, learn from an answer, recover after an error. */
export interface PolicyHooks {
  /** Before each attempt; may wait (and must stop waiting when `signal` aborts). */
  before?(call: CallState, signal: AbortSignal): void | Promise<void>
  /** Before each attempt: the params to send instead (adds `auth`, say); undefined keeps them. */
  prepare?(call: CallState, params: object): object | undefined
  /** After each successful answer. */
  after?(call: CallState, answer: Answer): void
  /**
   * After a failed attempt (`attempt` counts from 0): resolves to true to try again, having done
   * what it takes first (waited, refreshed the token); false leaves the error to the other policies.
   */
  retry?(error: B24ApiError, attempt: number, call: CallState, signal: AbortSignal): boolean | Promise<boolean>
}

/** A policy: made once per transport, from what it sees of it. */
export type Policy = (context: PolicyContext) => PolicyHooks

/** A custom rate limit. */
export interface RateLimit {
  drainPerSecond: number
  burst: number
}

/** The portal's limits: standard plans drain 2 requests a second and hold 50; Enterprise 5 and 250. */
export const rateLimitPresets = {
  standard: { drainPerSecond: 2, burst: 50 },
  enterprise: { drainPerSecond: 5, burst: 250 },
} as const satisfies Record<string, RateLimit>

/**
 * The leaky bucket, the same shape as the portal's: each request adds 1, the bucket drains
 * `drainPerSecond`, and a request that would overflow `burst` waits until it fits. Places are
 * taken synchronously, so concurrent calls queue in order without a lock.
 */
export function leakyBucket(limit: 'standard' | 'enterprise' | RateLimit = 'standard'): Policy {
  const { drainPerSecond, burst } = typeof limit === 'string' ? rateLimitPresets[limit] : limit
  return ({ clock = realClock }) => {
    let level = 0
    let last = clock.now()
    return {
      async before(_call, signal) {
        const now = clock.now()
        level = Math.max(0, level - ((now - last) * drainPerSecond) / 1000) + 1
        last = now
        if (level > burst) await clock.sleep(((level - burst) * 1000) / drainPerSecond, signal)
      },
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
    const used = new Map<string, { operating: number; resetAt: number }>()
    return {
      after({ method }, { time }) {
        if (time?.operating !== undefined && time.operating_reset_at !== undefined) {
          used.set(method, { operating: time.operating, resetAt: time.operating_reset_at * 1000 })
        }
      },
      async before({ method }, signal) {
        const spent = used.get(method)
        if (!spent || spent.operating < limitSeconds) return
        used.delete(method)
        const ms = spent.resetAt - clock.now()
        if (ms > 0) await clock.sleep(ms, signal)
      },
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

/** Bounded retries with exponential backoff and "equal jitter" (half fixed, half random). */
export function retryPolicy({ attempts = 3, baseDelayMs = 500, maxDelayMs = 10_000, random = Math.random }: RetryOptions = {}): Policy {
  return ({ clock = realClock }) => ({
    async retry(error, attempt, _call, signal) {
      if (attempt >= attempts || !(error.kind === 'network' || error.status > 499)) return false
      const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)
      await clock.sleep(Math.round(cap / 2 + (random() * cap) / 2), signal)
      return true
    },
  })
}

/** An OAuth token pair. */
export interface Tokens {
  accessToken: string
  refreshToken?: string | undefined
}

/** OAuth tokens, and how to renew them. */
export interface OAuthTokenOptions extends Tokens {
  /** Called on `expired_token`, once however many calls hit it at once; resolves to the new pair. */
  refresh?: (tokens: Tokens) => Promise<Tokens>
  /** Told of every new pair, to store it. */
  onTokens?: (tokens: Tokens) => void
}

/**
 * OAuth: sends the access token as the `auth` param. On `expired_token`, calls `refresh` once
 * however many calls hit it at once, keeps the new pair, tells `onTokens`, and retries each call
 * once; a call whose token another call's refresh already replaced just retries.
 */
export function oauth({ refresh, onTokens, ...initial }: OAuthTokenOptions): Policy {
  return ({ addSecret }) => {
    let tokens: Tokens = { accessToken: initial.accessToken, refreshToken: initial.refreshToken }
    let pending: Promise<void> | undefined
    addSecret(tokens.accessToken)
    addSecret(tokens.refreshToken)
    return {
      prepare(call, params) {
        call.token = tokens.accessToken
        return { ...params, auth: tokens.accessToken }
      },
      async retry(error, _attempt, call) {
        if (error.kind !== 'expiredToken' || !refresh || call.refreshed) return false
        call.refreshed = true
        if (tokens.accessToken === call.token) {
          pending ??= refresh({ ...tokens })
            .then((next) => {
              addSecret(next.accessToken)
              addSecret(next.refreshToken)
              tokens = { accessToken: next.accessToken, refreshToken: next.refreshToken }
              onTokens?.({ ...tokens })
            })
            .finally(() => {
              pending = undefined
            })
          await pending
        }
        return true
      },
    }
  }
}
