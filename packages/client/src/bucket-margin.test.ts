/**
 * The leaky bucket against a portal's bucket on its own clock: requests that reach the portal up to
 * the margin earlier than the client reckoned (a timer firing early, a faster path) are never
 * refused, over a long run of bursts and pauses at the bench's 20/s burst 50. Without the margin,
 * the same run is refused: the 201st batch of `pnpm bench`.
 */
import { describe, expect, it } from 'vitest'
import { type Answer, defaultRateMarginMs, leakyBucket, type RateLimit } from './index.js'
import { createFakeClock } from './testing/loopback.js'

/** The portal's bucket: each arrival adds 1 after draining; one that would overflow is refused (and not counted). */
function createServerBucket({ drainPerSecond, burst }: RateLimit) {
  let level = 0
  let last = -Infinity
  return (arrival: number): boolean => {
    level = Math.max(0, level - ((arrival - last) * drainPerSecond) / 1000) + 1
    last = arrival
    if (level <= burst + 1e-9) return true
    level -= 1
    return false
  }
}

/** A deterministic pseudo-random sequence in [0, 1). */
function createRandom(seed = 42) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

/** Runs `calls` through the client's bucket; each reaches the portal up to `earlyMs` before the client's time. Resolves to the refusals. */
async function run(limit: RateLimit, calls: number, earlyMs: number) {
  const clock = createFakeClock(0)
  const random = createRandom()
  const accepts = createServerBucket(limit)
  const middleware = leakyBucket(limit)({ clock, addSecret: () => {}, redact: (t) => t })
  const signal = new AbortController().signal
  let refused = 0
  let lastArrival = 0
  for (let i = 0; i < calls; i++) {
    // Now and then a pause, so bursts start from a part-drained bucket.
    if (random() < 0.05) clock.time += Math.floor(random() * 4_000)
    await middleware({ method: 'batch', params: {}, signal }, async () => {
      const arrival = Math.max(lastArrival, clock.now() - random() * earlyMs)
      lastArrival = arrival
      if (!accepts(arrival)) refused++
      return { result: true } as Answer
    })
  }
  return { refused, elapsed: clock.now() }
}

describe('leakyBucket margin', () => {
  const bench: RateLimit = { drainPerSecond: 20, burst: 50 }

  it(`never sends before the portal's bucket accepts, with requests arriving up to ${defaultRateMarginMs} ms early`, async () => {
    const { refused } = await run(bench, 10_000, defaultRateMarginMs)
    expect(refused).toBe(0)
  })

  it('keeps the nominal rate: the margin costs under 1% of the run (one margin each time the bucket fills)', async () => {
    const { elapsed } = await run(bench, 10_000, 0)
    const { elapsed: bare } = await run({ ...bench, marginMs: 0 }, 10_000, 0)
    expect(elapsed).toBeGreaterThan(bare)
    expect((elapsed - bare) / bare).toBeLessThan(0.01)
  })

  it('at 20/s from an empty bucket, 10,000 requests take (10,000 - 50) / 20 s and one margin', async () => {
    const clock = createFakeClock(0)
    const middleware = leakyBucket(bench)({ clock, addSecret: () => {}, redact: (t) => t })
    const signal = new AbortController().signal
    for (let i = 0; i < 10_000; i++) await middleware({ method: 'batch', params: {}, signal }, async () => ({ result: true }))
    expect(clock.now()).toBe(((10_000 - 50) / 20) * 1000 + defaultRateMarginMs)
  })

  it('without the margin, requests arriving 1 ms early are refused', async () => {
    const { refused } = await run({ ...bench, marginMs: 0 }, 2_000, 1)
    expect(refused).toBeGreaterThan(0)
  })
})
