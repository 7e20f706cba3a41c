/** The policies on their own: the leaky bucket, the operating-time guard and the backoff, on a fake clock. */
import { describe, expect, it } from 'vitest'
import {
  type Answer,
  B24ApiError,
  combinePolicies,
  defaultRateMarginMs,
  leakyBucket,
  operatingGuard,
  type Policy,
  retryPolicy,
} from './index.js'
import { createFakeClock } from './testing/loopback.js'

type FakeClock = ReturnType<typeof createFakeClock>
const signal = new AbortController().signal
const answer = (time: Partial<NonNullable<Answer['time']>> = {}): Answer => ({
  result: true,
  time: { start: 0, finish: 0, duration: 0, processing: 0, date_start: '', date_finish: '', ...time },
})

/** Runs a policy's middleware over `attempt` for one call of `method`. */
function runner(policy: Policy, clock: FakeClock) {
  const middleware = policy({ clock, addSecret: () => {}, redact: (t) => t })
  return (attempt: (params: object) => Promise<Answer> = async () => answer(), method = 'crm.contact.delete') =>
    middleware({ method, params: {}, signal }, attempt)
}

describe('leakyBucket', () => {
  it.each([
    ['standard', 50, 500],
    ['enterprise', 250, 200],
  ] as const)('%s: lets %i through at once, then one every %i ms after a first wait the margin longer', async (preset, burst, every) => {
    const clock = createFakeClock()
    const run = runner(leakyBucket(preset), clock)
    for (let i = 0; i < burst; i++) await run()
    expect(clock.sleeps).toEqual([])
    await run()
    await run()
    expect(clock.sleeps).toEqual([every + defaultRateMarginMs, every])
  })

  it('drains while idle: after 10 s at 2/s, 19 more go at once, the 20th (which fills it on drained room) after the margin', async () => {
    const clock = createFakeClock()
    const run = runner(leakyBucket(), clock)
    for (let i = 0; i < 50; i++) await run()
    clock.time += 10_000
    for (let i = 0; i < 19; i++) await run()
    expect(clock.sleeps).toEqual([])
    await run()
    await run()
    expect(clock.sleeps).toEqual([100, 500])
  })

  it('without a margin, keeps the old timing exactly', async () => {
    const clock = createFakeClock()
    const run = runner(leakyBucket({ drainPerSecond: 2, burst: 50, marginMs: 0 }), clock)
    for (let i = 0; i < 52; i++) await run()
    expect(clock.sleeps).toEqual([500, 500])
  })

  it('queues concurrent calls in order, each a step further', async () => {
    const clock = createFakeClock()
    const waits: number[] = []
    const still = { ...clock, sleep: async (ms: number) => void waits.push(ms) }
    const run = runner(leakyBucket({ drainPerSecond: 1, burst: 2 }), still as FakeClock)
    await Promise.all(Array.from({ length: 5 }, () => run()))
    expect(waits).toEqual([1100, 2100, 3100])
  })
})

describe('operatingGuard', () => {
  it('waits until operating_reset_at once a method has used its limit, then lets it go', async () => {
    const clock = createFakeClock(1_000_000)
    const run = runner(operatingGuard(440), clock)
    await run(async () => answer({ operating: 450, operating_reset_at: 1_030 }))
    await run()
    expect(clock.sleeps).toEqual([30_000])
    await run()
    expect(clock.sleeps).toEqual([30_000])
  })

  it('does not wait under the limit, nor for another method', async () => {
    const clock = createFakeClock(1_000_000)
    const run = runner(operatingGuard(440), clock)
    await run(async () => answer({ operating: 100, operating_reset_at: 1_030 }))
    await run(async () => answer({ operating: 479, operating_reset_at: 1_030 }), 'other.method')
    await run()
    expect(clock.sleeps).toEqual([])
  })

  it('goes by the latest answer: one under the limit after one over it lifts the wait', async () => {
    const clock = createFakeClock(1_000_000)
    const run = runner(operatingGuard(440), clock)
    // Two calls at once: the first answers over the limit, the second (answering later) under it.
    let release = () => {}
    const later = new Promise<void>((resolve) => {
      release = resolve
    })
    const first = run(async () => answer({ operating: 450, operating_reset_at: 1_030 }))
    const second = run(async () => {
      await later
      return answer({ operating: 100, operating_reset_at: 1_030 })
    })
    await first
    release()
    await second
    await run()
    expect(clock.sleeps).toEqual([])
  })
})

describe('retryPolicy', () => {
  const error = (status: number, kind: B24ApiError['kind']) => new B24ApiError({ method: 'm', status, code: '', description: '', kind })

  it('doubles the delay with equal jitter, and stops after the attempts with the last error', async () => {
    const clock = createFakeClock()
    const run = runner(retryPolicy({ attempts: 4, baseDelayMs: 100, maxDelayMs: 500, random: () => 0.5 }), clock)
    let tries = 0
    const failing = async () => {
      tries++
      throw error(503, 'rateLimited')
    }
    await expect(run(failing)).rejects.toMatchObject({ kind: 'rateLimited' })
    expect(tries).toBe(5)
    expect(clock.sleeps).toEqual([75, 150, 300, 375])
  })

  it.each([
    [503, 'rateLimited', 2],
    [500, 'serverError', 2],
    [0, 'network', 2],
    [0, 'timeout', 1],
    [400, 'notFound', 1],
    [429, 'operationTimeLimit', 1],
    [401, 'expiredToken', 1],
  ] as const)('status %i, kind %s: tried %i time(s)', async (status, kind, want) => {
    let tries = 0
    const run = runner(retryPolicy({ baseDelayMs: 1 }), createFakeClock())
    await run(async () => {
      if (tries++ === 0) throw error(status, kind)
      return answer()
    }).catch(() => undefined)
    expect(tries).toBe(want)
  })
})

describe('combinePolicies', () => {
  it('runs the first outermost, each seeing the params the one outside passed in', async () => {
    const order: string[] = []
    const tag =
      (name: string): Policy =>
      () =>
      (call, attempt) => {
        order.push(`${name}:${JSON.stringify(call.params)}`)
        return attempt({ ...call.params, [name]: true })
      }
    const run = runner(combinePolicies(tag('a'), tag('b')), createFakeClock())
    let sent: object = {}
    await run(async (params) => {
      sent = params
      return answer()
    })
    expect(order).toEqual(['a:{}', 'b:{"a":true}'])
    expect(sent).toEqual({ a: true, b: true })
  })
})
