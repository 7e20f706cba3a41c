/**
 * Issue 9, row 5: no lost or doubled work. `deleteMany` over 340 ids (300 existing, 30 missing,
 * 10 invalid) against the mock with injected faults: batch errors, dropped connections, and
 * answers lost after the portal did the work. Every id is reported exactly once; retrying the
 * failed ids finishes the job; the store agrees; and each record was deleted exactly once.
 */
import { B24ApiError, createClient } from '@b24kit/client'
import { createMockPortal, defaultWebhookCode, type MockEngine, type MockPortalOptions, startMockServer } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { bump, formatFigure, getFigurePath } from './figures.js'

const existing = Array.from({ length: 300 }, (_, i) => i + 1)
const untouched = Array.from({ length: 20 }, (_, i) => 301 + i)
const missing = Array.from({ length: 30 }, (_, i) => 5001 + i)
const invalid = [0, -1, -50, 1.5, 2.5, -3, -4, -5, -6, -7]
const ids = [...existing, ...missing, ...invalid]

const options: MockPortalOptions = {
  seed: {
    contact: [...existing, ...untouched].map((id) => ({ ID: id, NAME: `C${id}` })),
    activity: existing.filter((id) => id % 7 === 0).map((id) => ({ ID: 9000 + id, CONTACT_ID: id })),
  },
  randomSeed: 11,
  faults: { errors: [{ method: 'batch', code: 'INTERNAL_SERVER_ERROR', rate: 0.3 }], drop: { rate: 0.2, method: 'batch' } },
}

/** A seeded coin (mulberry32) for losing answers after the portal answered. */
function createCoin(seed: number, rate: number): () => boolean {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296 < rate
  }
}

/** Runs the scenario against an engine reached at `webhookUrl`; returns the figure's details. */
async function runScenario(engine: MockEngine, webhookUrl: string) {
  const details: Record<string, number | string> = {}
  const lose = createCoin(5, 0.2)
  let trueAnswers = 0
  const b24 = createClient({
    webhookUrl,
    allowInsecureLoopback: true,
    rateLimit: false,
    // No retries inside the client: every fault reaches the report, and the test retries the failed ids itself.
    retry: false,
    // Counts every `true` the portal sent, then loses some answers as a reset after the work would.
    fetch: async (url, init) => {
      const response = await fetch(url, init)
      const text = await response.text()
      const inner = (JSON.parse(text || '{}') as { result?: { result?: unknown } }).result?.result
      const count = Object.values((inner ?? {}) as object).filter((v) => v === true).length
      trueAnswers += count
      if (lose()) {
        bump(details, 'answers lost after the work was done')
        throw new TypeError('fetch failed', { cause: new Error('socket hang up') })
      }
      return new Response(text, { status: response.status, headers: response.headers })
    },
  })
  const reported = { deleted: new Set<number>(), notFound: new Set<number>() }
  let pending: readonly number[] = ids
  let rounds = 0
  while (pending.length && rounds < 15) {
    rounds++
    const report = await b24.deleteMany('crm.contact.delete', pending as number[])
    // Every id of the round in exactly one list.
    const listed = [...report.deleted, ...report.notFound, ...report.failed.map((f) => f.id)]
    expect([...listed].sort((a, b) => a - b)).toEqual([...pending].sort((a, b) => a - b))
    for (const id of report.deleted) {
      expect(engine.store.get('contact', id)).toBeUndefined()
      reported.deleted.add(id)
    }
    for (const id of report.notFound) {
      expect(engine.store.get('contact', id)).toBeUndefined()
      reported.notFound.add(id)
    }
    for (const { error } of report.failed) {
      expect(error).toBeInstanceOf(B24ApiError)
      bump(details, `failed as ${error.kind}`)
    }
    // Invalid ids fail before sending, every round alike; only the others are worth retrying.
    pending = report.failed.filter((f) => f.error.kind !== 'invalidParams').map((f) => f.id)
    expect(report.failed.filter((f) => f.error.kind === 'invalidParams').map((f) => f.id)).toEqual(rounds === 1 ? invalid : [])
  }
  expect(pending).toEqual([])
  // The job is done: no requested contact is left, every other record stays.
  for (const id of existing) expect(engine.store.get('contact', id)).toBeUndefined()
  for (const id of untouched) expect(engine.store.get('contact', id)).toBeDefined()
  expect(engine.store.list('activity')).toEqual([])
  // Each existing id was deleted exactly once: 300 `true` answers in all, lost ones included.
  expect(trueAnswers).toBe(existing.length)
  for (const id of missing) expect(reported.notFound.has(id)).toBe(true)
  const lostButDone = existing.filter((id) => reported.notFound.has(id)).length
  expect(reported.deleted.size + lostButDone).toBe(existing.length)
  details.rounds = rounds
  details['ids reported deleted'] = reported.deleted.size
  details['ids reported notFound (missing)'] = missing.length
  details['ids reported notFound (deleted by an attempt whose answer was lost)'] = lostButDone
  details['ids refused before sending (invalid)'] = invalid.length
  return details
}

describe('deleteMany interrupted by faults', () => {
  const figures: Record<string, number | string> = {}

  it('in-process (MSW): every id reported, retries finish the job, the store agrees, nothing deleted twice', async () => {
    const portal = createMockPortal(options)
    const server = setupServer(...portal.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const details = await runScenario(portal, portal.webhookUrlAt('https://portal.fault.test'))
      for (const [k, v] of Object.entries(details)) figures[`MSW: ${k}`] = v
    } finally {
      server.close()
    }
  })

  it('over real HTTP (startMockServer): the same', async () => {
    const server = await startMockServer({ ...options, randomSeed: 12 })
    try {
      expect(server.webhookUrl).toContain(defaultWebhookCode)
      const details = await runScenario(server.engine, server.webhookUrl)
      for (const [k, v] of Object.entries(details)) figures[`HTTP: ${k}`] = v
    } finally {
      await server.close()
    }
  })

  it('records its figure', async () => {
    const figure = {
      row: 5,
      title: 'deleteMany under faults',
      cases: 2 * ids.length,
      failures: 0,
      details: figures,
      source: 'tools/reliability/src/delete-many-faults.test.ts',
    }
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('delete-many-faults'))
  })
})
