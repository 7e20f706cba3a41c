/**
 * Issue 9, row 2 (over real HTTP): 1,500 seeded requests through `startMockServer` on 127.0.0.1,
 * sent with node:http so bodies can go chunked, GETs can carry bodies and huge bodies (1.5 MiB)
 * cross the server's 1 MiB cap, which must answer 413 before the engine sees anything.
 */
import { Agent, request as httpRequest } from 'node:http'
import { type MockServer, startMockServer } from '@b24kit/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WireAnswer } from './envelope-check.js'
import { formatFigure, getFigurePath, writeFullFigure } from './figures.js'
import { createFuzzPortalSetups } from './fuzz-portals.js'
import { runMockFuzz } from './fuzz-run.js'
import type { FuzzRequest, WireRequest } from './mock-requests.js'
import { type DocumentedAnswers, loadDocumentedAnswers } from './spec-rows.js'

const httpSeed = 20_240_817
console.log(`mock HTTP fuzz seed: ${httpSeed}`)
/** The server's default body cap (README: 1 MiB). */
const maxBodyBytes = 1024 * 1024

let answers: DocumentedAnswers
const servers: MockServer[] = []
const agent = new Agent({ keepAlive: true, maxSockets: 4 })
afterAll(async () => {
  agent.destroy()
  await Promise.all(servers.map((s) => s.close()))
})
beforeAll(async () => {
  answers = await loadDocumentedAnswers()
})

/** Sends with node:http; a chunked body when the request says so, else one Content-Length body. */
export function sendHttp(base: string, wire: WireRequest, chunked: boolean): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {}
    for (const [name, value] of wire.headers)
      headers[name.toLowerCase()] = headers[name.toLowerCase()] ? `${headers[name.toLowerCase()]}, ${value}` : value
    // node:http frames DELETE and GET bodies only when told: say how, or the body reads as the next request.
    const body = wire.body
    const split = chunked && body !== null && body.length > 1
    if (body && split) headers['transfer-encoding'] = 'chunked'
    else if (body) headers['content-length'] = String(body.length)
    const req = httpRequest(`${base}${wire.pathAndQuery}`, { method: wire.httpMethod, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    if (!body) req.end()
    else if (split) {
      req.write(body.subarray(0, body.length >> 1))
      req.end(body.subarray(body.length >> 1))
    } else req.end(body)
  })
}

describe('fuzzing the mock over real HTTP', () => {
  it('1,500 requests through startMockServer on 127.0.0.1: envelope, journal, store, 413 over 1 MiB', async () => {
    const setups = createFuzzPortalSetups(answers)
    for (const setup of setups) servers.push(await startMockServer({ ...setup.options, host: '127.0.0.1' }))
    const figure = await runMockFuzz(
      answers,
      {
        setups,
        engines: servers.map((s) => s.engine),
        maxBodyBytes,
        maxHeaderBytes: 16 * 1024,
        send: (index: number, wire: WireRequest, r: FuzzRequest) => sendHttp(servers[index]?.url ?? '', wire, r.breakAt % 4 === 0),
      },
      {
        title: 'startMockServer over HTTP',
        source: 'tools/reliability/src/mock-http-fuzz.test.ts',
        seed: httpSeed,
        numRuns: 1_500,
        hugePadding: 1_536 * 1024,
      },
    )
    expect(figure.cases).toBe(1_500)
    expect(figure.extra?.['HTTP 413']).toBeGreaterThan(0)
    await writeFullFigure('mock-fuzz-http', figure)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-fuzz-http'))
  })
})
