/**
 * What runs only when a call waits or fails, loaded with the first wait or failure: the real clock's
 * wait (clock.ts) and retryPolicy's retries after a call's first failed attempt (policies.ts), one
 * chunk for both (the retries wait). An app whose calls succeed without waiting loads none of it.
 * Only dynamic imports reach this module and it imports nothing of the core (it is handed what it
 * needs), so no chunk is shared between it and an app's entry.
 */
import type { Answer } from './base.js'
import type { Clock } from './clock.js'
import type { Attempt, PolicyCall, RetryOptions } from './policies.js'

/** Resolves after `ms`; rejects with the signal's reason when it is aborted (the timer then stops). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Retries the call after its first attempt failed with `error`, as long as the error is retryable and attempts remain. */
export async function retryAfter(
  error: unknown,
  isRetryable: (error: unknown) => boolean,
  clock: Clock,
  { attempts = 3, baseDelayMs = 500, maxDelayMs = 10_000, random = Math.random }: RetryOptions,
  call: PolicyCall,
  attempt: Attempt,
): Promise<Answer> {
  for (let n = 0; ; n++) {
    if (n >= attempts || !isRetryable(error)) throw error
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** n)
    await clock.sleep(Math.round(cap / 2 + (random() * cap) / 2), call.signal)
    try {
      return await attempt(call.params)
    } catch (next) {
      error = next
    }
  }
}
