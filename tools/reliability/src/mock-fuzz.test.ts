/**
 * Issue 9, row 2 (in-process): 10,000 seeded requests through `portal.handle`, and 2,000 through the
 * MSW handlers under msw/node's setupServer and fetch. Each answer must be in the documented
 * envelope, the journal must hold exactly one entry per request, and the store's invariants must hold.
 */
import { createMockPortal, type MockPortal } from '@b24kit/mock'
import fc from 'fast-check'
import { setupServer } from 'msw/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkEnvelope, countTrueResults } from './envelope-check.js'
import { bump, type Figure, formatFigure, getFigurePath } from './figures.js'
import { captureStore, checkStoreInvariants, createFuzzPortalSetups, type FuzzPortalSetup } from './fuzz-portals.js'
import { type FuzzRequest, fuzzRequest, toWireRequest } from './mock-requests.js'
import { type DocumentedAnswers, loadDocumentedAnswers } from './spec-rows.js'

/** Fixed seeds: a failure prints its seed and path, and reruns the same way. */
const handleSeed = 20_240_815
const mswSeed = 20_240_816
console.log(`mock fuzz seeds: handle ${handleSeed}, msw ${mswSeed}`)

let answers: DocumentedAnswers
beforeAll(async () => {
  answers = await loadDocumentedAnswers()
})

interface Portals {
  setups: FuzzPortalSetup[]
  portals: MockPortal[]
}

function createPortals(): Portals {
  const setups = createFuzzPortalSetups(answers)
  return { setups, portals: setups.map((s) => createMockPortal(s.options)) }
}

/** Sends one request, then checks the answer, the journal and the store; returns the problems. */
async function runOne(
  { setups, portals }: Portals,
  r: FuzzRequest,
  send: (portal: MockPortal, request: Request) => Promise<Response>,
  details: Record<string, number | string>,
): Promise<string[]> {
  const portal = portals[r.portal] as MockPortal
  const setup = setups[r.portal] as FuzzPortalSetup
  // Keep enough contacts for deletes to keep hitting; the journal is checked per request, then cleared.
  if (answers.deletes.some((d) => portal.store.list(d.entity).length < 20)) portal.reset()
  portal.journal.length = 0
  setup.clock?.advance(300)
  const wire = await toWireRequest(r)
  const origin = setup.plainHttp ? 'http://portal.fuzz.test' : 'https://portal.fuzz.test'
  const request = new Request(`${origin}${wire.pathAndQuery}`, { method: wire.httpMethod, headers: wire.headers, body: wire.body })
  const before = captureStore(portal.store)
  const response = await send(portal, request)
  const body = await response.text()
  const wireAnswer = { status: response.status, contentType: response.headers.get('content-type'), body }
  const problems = checkEnvelope(answers, wireAnswer, r.method, r.httpMethod === 'HEAD' && body === '')
  bump(details, `HTTP ${response.status}`)
  const trueDeletes = problems.length ? 0 : countTrueResults(body, response.status, r.method)
  bump(details, 'deletes answered true', trueDeletes)
  if (r.method === 'batch' && response.status === 200) bump(details, 'batches answered 200')
  problems.push(...checkStoreInvariants(answers, before, captureStore(portal.store), trueDeletes))
  const entry = portal.journal[0]
  if (portal.journal.length !== 1 || entry?.status !== response.status)
    problems.push(`journal holds ${portal.journal.length} entries, status ${entry?.status}`)
  return problems
}

async function fuzz(
  name: string,
  seed: number,
  numRuns: number,
  send: (portal: MockPortal, request: Request) => Promise<Response>,
): Promise<Figure> {
  const state = createPortals()
  const details: Record<string, number | string> = {}
  let cases = 0
  let failures = 0
  await fc.assert(
    fc.asyncProperty(fuzzRequest(state.portals.length, answers.methods), async (r) => {
      cases++
      const problems = await runOne(state, r, send, details).catch((error: unknown) => [`crash: ${String(error)}`])
      if (problems.length) failures++
      expect(problems).toEqual([])
    }),
    { seed, numRuns },
  )
  return { row: 2, title: name, cases, failures, details, source: 'tools/reliability/src/mock-fuzz.test.ts', seed }
}

describe('fuzzing the mock in-process', () => {
  it('10,000 requests through portal.handle: all in the envelope, store invariants hold', async () => {
    const figure = await fuzz('portal.handle', handleSeed, 10_000, (portal, request) => portal.handle(request))
    expect(figure.cases).toBe(10_000)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-fuzz-handle'))
  }, 90_000)

  it('2,000 requests through the MSW handlers (setupServer + fetch): the same checks', async () => {
    const server = setupServer()
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const figure = await fuzz('MSW handlers', mswSeed, 2_000, (portal, request) => {
        server.resetHandlers(...portal.handlers)
        return fetch(request)
      })
      expect(figure.cases).toBe(2_000)
      await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-fuzz-msw'))
    } finally {
      server.close()
    }
  }, 90_000)
})
