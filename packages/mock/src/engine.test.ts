/** The engine's limits, concurrency, batch rules and fault injection, with a manual clock (no sleeps). */
import { describe, expect, it } from 'vitest'
import { systemErrors } from './generated/index.js'
import { createManualClock, createMockEngine, type MockEngine, type MockPortalOptions } from './index.js'

const body = (id: string) => {
  const row = systemErrors[id]
  if (!row) throw new Error(`no row ${id}`)
  return { error: row.code, error_description: row.text }
}

const call = (engine: MockEngine, method: string, query = '') => engine.dispatch(new Request(`${engine.webhookUrl}${method}${query}`))

async function readJson(response: Response | null | undefined) {
  if (!response) throw new Error('expected an answer, got a dropped connection')
  return response.json()
}

const seedContacts = (n: number) => ({ contact: Array.from({ length: n }, (_, i) => ({ ID: i + 1 })) })

describe('the leaky bucket', () => {
  it('answers 503 QUERY_LIMIT_EXCEEDED past the burst and recovers at the drain rate', async () => {
    const clock = createManualClock()
    const engine = createMockEngine({ plan: 'standard', clock, seed: seedContacts(0) })
    const statuses = async (n: number) =>
      Promise.all(Array.from({ length: n }, async () => (await call(engine, 'crm.contact.delete', '?id=1'))?.status))
    expect(await statuses(50)).toEqual(Array(50).fill(400))
    const over = await call(engine, 'crm.contact.delete', '?id=1')
    expect(over?.status).toBe(503)
    expect(await over?.json()).toEqual(body('queryLimitExceeded'))
    clock.advance(500)
    expect((await call(engine, 'crm.contact.delete', '?id=1'))?.status).toBe(400)
    expect((await call(engine, 'crm.contact.delete', '?id=1'))?.status).toBe(503)
    clock.advance(5_000)
    expect(await statuses(10)).toEqual(Array(10).fill(400))
    expect((await call(engine, 'crm.contact.delete', '?id=1'))?.status).toBe(503)
  })

  it.each([
    ['enterprise', 'enterprise', 250],
    ['a custom plan', { drainPerSecond: 1, burst: 3 }, 3],
  ] as const)('holds the burst of %s', async (_title, plan, burst) => {
    const engine = createMockEngine({ plan, clock: createManualClock(), seed: seedContacts(0) })
    for (let i = 0; i < burst; i++) expect((await call(engine, 'crm.contact.delete', '?id=1'))?.status).toBe(400)
    expect((await call(engine, 'crm.contact.delete', '?id=1'))?.status).toBe(503)
  })
})

describe('the operating-time budget', () => {
  it('answers 429 OPERATION_TIME_LIMIT once the method used its budget, and frees after 10 minutes', async () => {
    const clock = createManualClock()
    const engine = createMockEngine({ operatingBudgetSeconds: 1, clock, faults: { latency: { fixedMs: 600 } }, seed: seedContacts(5) })
    const first = await call(engine, 'crm.contact.delete', '?id=1')
    expect((await readJson(first)).time).toMatchObject({ operating: 0.6, processing: 0.6 })
    const second = await readJson(await call(engine, 'crm.contact.delete', '?id=2'))
    expect(second.time.operating).toBeCloseTo(1.2)
    const third = await call(engine, 'crm.contact.delete', '?id=3')
    expect(third?.status).toBe(429)
    expect(await third?.json()).toEqual(body('operationTimeLimit'))
    clock.advance(second.time.operating_reset_at * 1000 - clock.now())
    expect((await call(engine, 'crm.contact.delete', '?id=3'))?.status).toBe(200)
  })
})

describe('concurrency', () => {
  it('gives exactly 500 true and 500 not-found for 1,000 concurrent deletes over 500 ids', async () => {
    const engine = createMockEngine({ seed: seedContacts(500) })
    const ids = Array.from({ length: 1000 }, (_, i) => (i % 500) + 1)
    const answers = await Promise.all(ids.map(async (id) => (await call(engine, 'crm.contact.delete', `?id=${id}`))?.json()))
    expect(answers.filter((a) => a.result === true)).toHaveLength(500)
    expect(answers.filter((a) => a.error === 'ERROR_CORE')).toHaveLength(500)
    expect(engine.store.list('contact')).toEqual([])
  })
})

describe('batch', () => {
  const batch = async (engine: MockEngine, params: unknown) => {
    const response = await engine.dispatch(
      new Request(`${engine.webhookUrl}batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
      }),
    )
    expect(response?.status).toBe(200)
    return (await readJson(response)).result
  }

  it('runs a cmd object, keying result, result_error and result_time (successes only) like cmd', async () => {
    const engine = createMockEngine({ seed: seedContacts(2) })
    const result = await batch(engine, {
      cmd: { a: 'crm.contact.delete?id=1', b: 'crm.contact.delete?id=1', c: 'CRM.CONTACT.DELETE.json?ID=2' },
    })
    expect(result.result).toEqual({ a: true, c: true })
    expect(result.result_error).toEqual({ b: { error: 'ERROR_CORE', error_description: 'Элемент не найден' } })
    // b failed: the docs' error examples give a failed command no result_time entry.
    expect(Object.keys(result.result_time)).toEqual(['a', 'c'])
    expect(result.result_total).toEqual([])
    expect(result.result_next).toEqual([])
  })

  it('answers arrays when cmd is an array, and [] for no errors', async () => {
    const engine = createMockEngine({ seed: seedContacts(2) })
    const result = await batch(engine, { cmd: ['crm.contact.delete?id=1', 'crm.contact.delete?id=2'] })
    expect(result.result).toEqual([true, true])
    expect(result.result_error).toEqual([])
  })

  it('stops at the first error with halt', async () => {
    const engine = createMockEngine({ seed: seedContacts(2) })
    const result = await batch(engine, { halt: 1, cmd: { a: 'crm.contact.delete?id=9', b: 'crm.contact.delete?id=1' } })
    expect(result.result).toEqual([])
    expect(Object.keys(result.result_error)).toEqual(['a'])
    expect(engine.store.get('contact', 1)).toBeDefined()
  })

  it('answers ERROR_BATCH_LENGTH_EXCEEDED for each command past 50 while the batch answers 200', async () => {
    const engine = createMockEngine({ seed: seedContacts(52) })
    const cmd = Object.fromEntries(Array.from({ length: 52 }, (_, i) => [`c${i + 1}`, `crm.contact.delete?id=${i + 1}`]))
    const result = await batch(engine, { cmd })
    expect(Object.keys(result.result)).toHaveLength(50)
    expect(result.result_error).toEqual({ c51: body('batchLengthExceeded'), c52: body('batchLengthExceeded') })
    expect(engine.store.list('contact')).toEqual([{ ID: 51 }, { ID: 52 }])
  })

  it('answers ERROR_BATCH_METHOD_NOT_ALLOWED for a nested batch', async () => {
    const result = await batch(createMockEngine(), { cmd: { inner: 'batch?cmd[a]=crm.contact.delete%3Fid%3D50' } })
    expect(result.result_error).toEqual({ inner: body('batchMethodNotAllowed') })
  })

  it('resolves $result[key][field] references to earlier results', async () => {
    const engine = createMockEngine({ seed: { contact: [{ ID: 1 }, { ID: 7 }], activity: [{ ID: 7, CONTACT_ID: 1 }] } })
    // The reference reads a field of an earlier result; deleting contact 1 returns true (1 as an id).
    const result = await batch(engine, { cmd: { first: 'crm.contact.delete?id=1', second: 'crm.contact.delete?id=$result[first]' } })
    expect(result.result).toEqual({ first: true })
    expect(result.result_error).toEqual({ second: { error: 'ERROR_CORE', error_description: 'Элемент не найден' } })
  })

  it('reads batch commands sent as a form body', async () => {
    const engine = createMockEngine({ seed: seedContacts(1) })
    const response = await engine.dispatch(
      new Request(`${engine.webhookUrl}batch`, { method: 'POST', body: new URLSearchParams({ 'cmd[x]': 'crm.contact.delete?id=1' }) }),
    )
    expect((await readJson(response)).result.result).toEqual({ x: true })
  })
})

describe('fault injection', () => {
  const run = async (options: MockPortalOptions) => {
    const engine = createMockEngine({ seed: seedContacts(0), ...options })
    const out: (number | 'drop')[] = []
    for (let i = 0; i < 40; i++) out.push((await call(engine, 'crm.contact.delete', '?id=1'))?.status ?? 'drop')
    return { out, engine }
  }
  const faults = { errors: [{ method: 'crm.contact.delete', code: 'INTERNAL_SERVER_ERROR', rate: 0.3 }], drop: { rate: 0.2 } }

  it('gives the same faults for the same seed, and others for another seed', async () => {
    const a = await run({ faults, randomSeed: 7 })
    const b = await run({ faults, randomSeed: 7 })
    const c = await run({ faults, randomSeed: 8 })
    expect(a.out).toEqual(b.out)
    expect(a.out).not.toEqual(c.out)
    expect(a.out).toContain(500)
    expect(a.out).toContain('drop')
    expect(a.out).toContain(400)
    expect(a.engine.journal.filter((e) => e.dropped)).toHaveLength(a.out.filter((s) => s === 'drop').length)
  })

  it('replays the same faults after reset', async () => {
    const { out, engine } = await run({ faults, randomSeed: 3 })
    engine.reset()
    const again: (number | 'drop')[] = []
    for (let i = 0; i < 40; i++) again.push((await call(engine, 'crm.contact.delete', '?id=1'))?.status ?? 'drop')
    expect(again).toEqual(out)
  })

  it('answers an injected error from the table and rejects handle() on a dropped connection', async () => {
    const engine = createMockEngine({ faults: { errors: [{ code: 'ERROR_CORE', rate: 1 }] } })
    const response = await call(engine, 'crm.contact.delete', '?id=50')
    expect(await readJson(response)).toEqual({ error: 'ERROR_CORE', error_description: 'Элемент не найден' })
    const dropping = createMockEngine({ faults: { drop: { rate: 1 } } })
    await expect(dropping.handle(new Request(`${dropping.webhookUrl}crm.contact.delete?id=50`))).rejects.toThrow('dropped the connection')
  })

  it('adds latency drawn from a distribution, the same for the same seed', async () => {
    const latencies = async () => {
      const clock = createManualClock()
      const engine = createMockEngine({
        clock,
        faults: { latency: { distribution: 'uniform', minMs: 100, maxMs: 200 } },
        seed: seedContacts(0),
      })
      const out: number[] = []
      for (let i = 0; i < 5; i++) out.push((await (await call(engine, 'crm.contact.delete', '?id=1'))?.json()) && clock.now())
      return out.map((t, i) => t - (out[i - 1] ?? 1_723_727_109_000))
    }
    const first = await latencies()
    expect(first).toEqual(await latencies())
    for (const ms of first) expect(ms).toBeGreaterThanOrEqual(100)
    for (const ms of first) expect(ms).toBeLessThan(200)
  })
})
