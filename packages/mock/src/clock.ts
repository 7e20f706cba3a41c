/** Time as the mock sees it: injectable, so limits and latency are tested without sleeping. */

/** A source of time in milliseconds, and a way to wait on it. */
export interface MockClock {
  now(): number
  sleep(ms: number): Promise<void>
}

/** The real clock. */
export const systemClock: MockClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** A clock that moves only when told; `sleep` advances it at once. */
export interface ManualClock extends MockClock {
  advance(ms: number): void
  set(ms: number): void
}

/** Creates a manual clock starting at `startMs` (default 2024-08-15T13:05:09Z). */
export function createManualClock(startMs = 1_723_727_109_000): ManualClock {
  let current = startMs
  return {
    now: () => current,
    sleep: async (ms) => {
      current += ms
    },
    advance: (ms) => {
      current += ms
    },
    set: (ms) => {
      current = ms
    },
  }
}
