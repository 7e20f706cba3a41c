/**
 * Fault injection, deterministic by seed: latency (fixed or drawn), error answers at a rate per
 * method and code, and dropped connections. The same seed and the same calls give the same faults.
 */

/** Latency added before a method runs. */
export type MockLatency =
  | { fixedMs: number }
  | { distribution: 'uniform'; minMs: number; maxMs: number }
  | { distribution: 'exponential'; meanMs: number }

/** Answers an error at `rate` (0..1): `code` is an error code of the method's table or a system error. */
export interface MockErrorFault {
  method?: string
  code: string
  rate: number
}

/** What can go wrong, and how often. */
export interface MockFaults {
  latency?: MockLatency
  errors?: readonly MockErrorFault[]
  /** Drops the connection without an answer at `rate`, for all methods or one. */
  drop?: { rate: number; method?: string }
}

/** The faults drawn for one call. */
export interface FaultDraw {
  latencyMs: number
  errorCode?: string
  drop: boolean
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Draws the faults of each call from a seeded generator. */
export interface FaultInjector {
  draw(method: string): FaultDraw
  reset(): void
  /** Replaces the faults (undefined: none) and restarts the random numbers, as a new injector of the same seed would. */
  configure(faults: MockFaults | undefined): void
}

/** Creates the injector; with no faults configured it never consumes a random number. */
export function createFaultInjector(initial: MockFaults | undefined, seed: number): FaultInjector {
  let faults = initial
  let random = createRandom(seed)
  const applies = (own: string | undefined, method: string) => own === undefined || own.toLowerCase() === method
  const drawLatency = (latency: MockLatency | undefined): number => {
    if (!latency) return 0
    if ('fixedMs' in latency) return latency.fixedMs
    if (latency.distribution === 'uniform') return latency.minMs + random() * (latency.maxMs - latency.minMs)
    return -latency.meanMs * Math.log(1 - random())
  }
  return {
    draw(method) {
      const drop = faults?.drop !== undefined && applies(faults.drop.method, method) && random() < faults.drop.rate
      const latencyMs = drawLatency(faults?.latency)
      const hit = (faults?.errors ?? []).find((f) => applies(f.method, method) && random() < f.rate)
      return hit ? { latencyMs, drop, errorCode: hit.code } : { latencyMs, drop }
    },
    reset() {
      random = createRandom(seed)
    },
    configure(next) {
      faults = next
      random = createRandom(seed)
    },
  }
}
