/**
 * Issue 9, row 4: the client's fault matrix, one test per row of `faultMatrix` (fault-matrix.ts,
 * printed in RELIABILITY.md): a fake portal on 127.0.0.1 plays the fault, the test checks the
 * outcome and how many attempts reached the portal.
 */
import { B24ApiError, type ClientOptions, createClient } from '@b24kit/client'
import { afterAll, describe, expect, it } from 'vitest'
import { type FakeAnswer, type FakePortal, startFakePortal } from './fake-portal.js'
import { type FaultRow, faultMatrix } from './fault-matrix.js'
import { formatFigure, getFigurePath } from './figures.js'

const code = 'matrixHOOKcanary'
const success =
  '{"result":true,"time":{"start":1,"finish":1,"duration":0,"processing":0,"date_start":"2024-08-15T13:05:09+00:00","date_finish":"2024-08-15T13:05:09+00:00","operating":0,"operating_reset_at":1}}'
const error = (status: number, e: string, d: string): FakeAnswer => ({ status, body: JSON.stringify({ error: e, error_description: d }) })
const fast: ClientOptions = { allowInsecureLoopback: true, rateLimit: false, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 4 } }

/** How each row is played: the portal's answers and the client's options. */
interface Play {
  answer: FakeAnswer | ((index: number, auth: unknown) => FakeAnswer)
  options?: Partial<ClientOptions>
  /** A second portal the first redirects to. */
  redirect?: boolean
  refused?: boolean
}

const plays: Record<string, Play> = {
  'connection refused': { answer: {}, refused: true },
  'connection reset mid-body': { answer: { body: success, fault: 'midBody' } },
  'reset before any answer': { answer: { fault: 'reset' } },
  timeout: { answer: { fault: 'hang' }, options: { timeoutMs: 300 } },
  '500 HTML page': {
    answer: { status: 500, headers: { 'content-type': 'text/html' }, body: '<html><h1>500 Internal Server Error</h1></html>' },
  },
  '502': { answer: { status: 502, body: '' } },
  '503 QUERY_LIMIT_EXCEEDED storm': { answer: error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') },
  '503 storm that ends': { answer: (i) => (i < 3 ? error(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : { body: success }) },
  '429 OPERATION_TIME_LIMIT': { answer: error(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.') },
  '401 expired_token (OAuth)': {
    answer: (_i, auth) => (auth === 'new-token' ? { body: success } : error(401, 'expired_token', 'The access token provided has expired')),
  },
  '401 expired_token twice': { answer: error(401, 'expired_token', 'The access token provided has expired') },
  'refresh that fails': { answer: error(401, 'expired_token', 'The access token provided has expired') },
  'malformed JSON': { answer: { body: '{"result":tru' } },
  'empty body': { answer: { body: '' } },
  'truncated body': { answer: { body: success, fault: 'stall' }, options: { timeoutMs: 300 } },
  'a result of the wrong type': { answer: { body: '{"result":"yes","time":{}}' } },
  '302 domain move': { answer: {}, redirect: true },
}

const portals: FakePortal[] = []
afterAll(async () => {
  await Promise.all(portals.map((p) => p.close()))
})

/** Runs one row: resolves to the outcome, the attempts the portal saw, and the refreshes made. */
async function play(row: FaultRow) {
  const how = plays[row.fault]
  if (!how) throw new Error(`no play for ${row.fault}`)
  const portal = await startFakePortal()
  portals.push(portal)
  let target = portal
  if (how.redirect) {
    target = await startFakePortal()
    portals.push(target)
    target.answer({ body: success })
    portal.answer({ status: 302, headers: { location: `${target.url}/rest/1/${code}/crm.contact.delete` }, body: '' })
  } else {
    const { answer } = how
    portal.answer(typeof answer === 'function' ? (req, i) => answer(i, (JSON.parse(req.body || '{}') as { auth?: unknown }).auth) : answer)
  }
  if (how.refused) await portal.close()
  let refreshes = 0
  let fetches = 0
  const oauth = row.fault.includes('expired') || row.fault.startsWith('refresh')
  const b24 = createClient({
    ...fast,
    ...how.options,
    fetch: (url, init) => {
      fetches++
      return fetch(url, init)
    },
    ...(oauth
      ? {
          oauth: {
            portalUrl: portal.url,
            accessToken: 'old-token',
            refreshToken: 'refresh-1',
            refresh: async () => {
              refreshes++
              if (row.fault === 'refresh that fails') throw new Error('refresh endpoint said no to refresh-1')
              return { accessToken: 'new-token', refreshToken: 'refresh-2' }
            },
          },
        }
      : { webhookUrl: `${portal.url}/rest/1/${code}/` }),
  })
  const outcome = await b24.crm.contact.delete({ id: 50 }).then(
    (result) => ({ result }) as const,
    (e: unknown) => ({ error: e }) as const,
  )
  return { outcome, attempts: portal.requests.length, fetches, refreshes, target }
}

describe('the client fault matrix', () => {
  const seen: Record<string, string> = {}

  it.each(faultMatrix.map((row) => [row.fault, row] as const))('%s', async (_fault, row) => {
    const { outcome, attempts, fetches, refreshes, target } = await play(row)
    if ('kind' in row.outcome) {
      expect('error' in outcome && outcome.error).toBeInstanceOf(B24ApiError)
      const e = (outcome as { error: B24ApiError }).error
      expect(e.kind).toBe(row.outcome.kind)
      expect(`${e.message}${e.stack}${JSON.stringify(e)}${String((e.cause as Error | undefined)?.message)}`).not.toMatch(
        /matrixHOOKcanary|old-token|new-token|refresh-1|refresh-2/,
      )
      seen[row.fault] = e.kind
    } else {
      expect(outcome).toEqual({ result: row.outcome.result })
      seen[row.fault] = JSON.stringify(row.outcome.result)
    }
    expect(attempts).toBe(row.attempts)
    if (row.fault.includes('expired_token') || row.fault === 'refresh that fails') expect(refreshes).toBe(1)
    if (row.fault === '401 expired_token (OAuth)') expect(JSON.parse(target.requests[1]?.body ?? '{}').auth).toBe('new-token')
    // Nothing listens, so the attempts are counted at fetch: the first try and 3 retries.
    if (row.fault === 'connection refused') expect(fetches).toBe(4)
    if (row.fault === '302 domain move') {
      // The POST with its body, not fetch's default of a GET without one.
      expect(target.requests.map((r) => [r.method, r.body])).toEqual([['POST', '{"id":50}']])
    }
  })

  it('records its figure', async () => {
    expect(Object.keys(seen)).toHaveLength(faultMatrix.length)
    const defects = faultMatrix.filter((r) => r.defect).length
    const figure = {
      row: 4,
      title: 'client fault matrix',
      cases: faultMatrix.length,
      failures: defects,
      details: seen,
      source: 'tools/reliability/src/fault-matrix.test.ts',
    }
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('client-fault-matrix'))
  })
})
