/**
 * The portal's limits: the leaky bucket on request rate (per portal) and the operating-time budget
 * (per credential and method, over the last 10 minutes in one-minute slots).
 */

/** A plan's bucket: drains `drainPerSecond`, holds `burst`. `off` disables it. */
export type MockPlan = 'standard' | 'enterprise' | 'off' | { drainPerSecond: number; burst: number }

const plans = { standard: { drainPerSecond: 2, burst: 50 }, enterprise: { drainPerSecond: 5, burst: 250 } }

/** Admits or refuses one request at a time. */
export interface LeakyBucket {
  /** Adds one request at `nowMs`; false when the bucket would overflow. */
  take(nowMs: number): boolean
  reset(): void
}

/** Creates the bucket for a plan. */
export function createLeakyBucket(plan: MockPlan): LeakyBucket {
  if (plan === 'off') return { take: () => true, reset: () => {} }
  const { drainPerSecond, burst } = typeof plan === 'string' ? plans[plan] : plan
  let level = 0
  let last: number | undefined
  return {
    take(nowMs) {
      if (last !== undefined) level = Math.max(0, level - ((nowMs - last) / 1000) * drainPerSecond)
      last = nowMs
      if (level + 1 > burst + 1e-9) return false
      level += 1
      return true
    },
    reset() {
      level = 0
      last = undefined
    },
  }
}

const windowMs = 10 * 60_000
const slotMs = 60_000

/** Seconds used per credential and method over the last 10 minutes. */
export interface OperatingBudget {
  /** Whether the key has already used up its budget at `nowMs`. */
  isExhausted(key: string, nowMs: number): boolean
  /** Adds `seconds` at `nowMs`; returns the seconds used in the window and when the oldest slot frees. */
  record(key: string, nowMs: number, seconds: number): { operating: number; resetAt: number }
  reset(): void
}

/** Creates the budget; `budgetSeconds` undefined means no limit (operating time is still reported). */
export function createOperatingBudget(budgetSeconds: number | undefined): OperatingBudget {
  const slots = new Map<string, Map<number, number>>()
  // Called twice on every call, so plain loops over the (at most ten) live slots.
  const live = (key: string, nowMs: number) => {
    let own = slots.get(key)
    if (!own) {
      own = new Map<number, number>()
      slots.set(key, own)
    }
    for (const start of own.keys()) if (start + windowMs <= nowMs) own.delete(start)
    return own
  }
  const sum = (own: Map<number, number>) => {
    let total = 0
    for (const seconds of own.values()) total += seconds
    return total
  }
  return {
    isExhausted: (key, nowMs) => budgetSeconds !== undefined && sum(live(key, nowMs)) >= budgetSeconds,
    record(key, nowMs, seconds) {
      const own = live(key, nowMs)
      const slot = Math.floor(nowMs / slotMs) * slotMs
      own.set(slot, (own.get(slot) ?? 0) + seconds)
      let oldest = Number.POSITIVE_INFINITY
      for (const start of own.keys()) if (start < oldest) oldest = start
      return { operating: sum(own), resetAt: (oldest + windowMs) / 1000 }
    },
    reset: () => slots.clear(),
  }
}
