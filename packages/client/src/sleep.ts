/**
 * The real clock's wait (clock.ts), loaded with the first wait: an app whose calls never wait (no
 * full bucket, no retry, no operating-time block) loads none of it.
 */

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
