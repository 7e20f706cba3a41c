/**
 * Issue 9, row 2 (in-process): 10,000 seeded requests through `portal.handle`, and 2,000 through the
 * MSW handlers under msw/node's setupServer and fetch. Each answer must be in the documented
 * envelope, the journal must hold exactly one entry per request, and the store's invariants must hold.
 */
import { createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatFigure, getFigurePath, writeFullFigure } from './figures.js'
import { createFuzzPortalSetups } from './fuzz-portals.js'
import { type FuzzTarget, readWireAnswer, runMockFuzz } from './fuzz-run.js'
import type { WireRequest } from './mock-requests.js'
import { type DocumentedAnswers, loadDocumentedAnswers } from './spec-rows.js'

/** Fixed seeds: a failure prints its seed and path, and reruns the same way. */
const handleSeed = 20_240_815
const mswSeed = 20_240_816
console.log(`mock fuzz seeds: handle ${handleSeed}, msw ${mswSeed}`)
const source = 'tools/reliability/src/mock-fuzz.test.ts'

let answers: DocumentedAnswers
beforeAll(async () => {
  answers = await loadDocumentedAnswers()
})

/** In-process portals, reached through `send(portal, request)`. */
function createTarget(
  send: (index: number, request: Request) => Promise<Response>,
): FuzzTarget & { portals: ReturnType<typeof createMockPortal>[] } {
  const setups = createFuzzPortalSetups(answers)
  const portals = setups.map((s) => createMockPortal(s.options))
  return {
    setups,
    engines: portals,
    portals,
    async send(index, wire: WireRequest) {
      const origin = setups[index]?.plainHttp ? 'http://portal.fuzz.test' : 'https://portal.fuzz.test'
      const request = new Request(`${origin}${wire.pathAndQuery}`, { method: wire.httpMethod, headers: wire.headers, body: wire.body })
      return readWireAnswer(await send(index, request))
    },
  }
}

describe('fuzzing the mock in-process', () => {
  it('10,000 requests through portal.handle: all in the envelope, store invariants hold', async () => {
    const target = createTarget((index, request) => (target.portals[index] ?? target.portals[0])!.handle(request))
    const figure = await runMockFuzz(answers, target, { title: 'portal.handle', source, seed: handleSeed, numRuns: 10_000 })
    expect(figure.cases).toBe(10_000)
    await writeFullFigure('mock-fuzz-handle', figure)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-fuzz-handle'))
  })

  it('2,000 requests through the MSW handlers (setupServer + fetch): the same checks', async () => {
    const server = setupServer()
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const target = createTarget((index, request) => {
        // One portal answers at a time: its handlers catch any origin's /rest/*.
        server.resetHandlers(...(target.portals[index]?.handlers ?? []))
        return fetch(request)
      })
      const figure = await runMockFuzz(answers, target, { title: 'MSW handlers', source, seed: mswSeed, numRuns: 2_000 })
      expect(figure.cases).toBe(2_000)
      await writeFullFigure('mock-fuzz-msw', figure)
      await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-fuzz-msw'))
    } finally {
      server.close()
    }
  })
})
