/** Time as the client sees it, injectable so tests of limits and backoff run on a fake clock. */

/** Now and a wait; `sleep` rejects with the signal's reason when it is aborted. */
export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/**
 * The real clock: Date.now and setTimeout. The wait's code (waits.ts) loads with the first wait, so
 * the first wait starts once it has loaded (a few milliseconds later, never earlier).
 */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => import('./waits.js').then((m) => m.sleep(ms, signal)),
}
