/**
 * createClient loads the system error rows with the first error answer. When that chunk fails to
 * load (a browser's network error, a CDN miss), the caller still gets a B24ApiError with the server's
 * code, text and status, classified without the rows; retries stay bounded; the next error answer
 * tries the load again. The chunk's failure is simulated by mocking its module (no network).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { B24ApiError, createClient } from './index.js'
import { failWith, ok, type Portal, rejection, startPortal } from './testing/loopback.js'

/** How many of the next loads of the rows' chunk fail. */
const chunk = vi.hoisted(() => ({ failures: 0, loads: 0 }))
vi.mock('./generated/system-errors-by-need.js', async (importOriginal) => {
  chunk.loads++
  if (chunk.failures > 0) {
    chunk.failures--
    throw new TypeError('Failed to fetch dynamically imported module: https://cdn.example/system-errors-by-need-x1.js')
  }
  return importOriginal()
})

let portal: Portal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(() => portal.close())
beforeEach(() => {
  chunk.failures = Number.POSITIVE_INFINITY
  chunk.loads = 0
  portal.seen.length = 0
})

const code = 'abc123secret'
const client = (retry: false | { attempts: number; baseDelayMs: number } = false) =>
  createClient({ webhookUrl: portal.webhook(code), allowInsecureLoopback: true, retry, rateLimit: false })

describe('an error answer when the system rows fail to load', () => {
  it('is a B24ApiError classified by the method’s own rows', async () => {
    portal.script = () => failWith(400, 'ERROR_CORE', 'Element not found')
    const error = await rejection(client().crm.contact.delete({ id: 50 }))
    expect(error).toMatchObject({
      status: 400,
      code: 'ERROR_CORE',
      description: 'Element not found',
      kind: 'notFound',
      errorId: 'notFound',
    })
    expect(chunk.loads).toBeGreaterThan(0)
  })

  it('is a B24ApiError with the server’s code, text and status, and the kind an unknown code of its status gets', async () => {
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({
      method: 'crm.contact.delete',
      status: 503,
      code: 'QUERY_LIMIT_EXCEEDED',
      description: 'Too many requests',
      kind: 'serverError',
      errorId: undefined,
    })
    portal.script = () => failWith(401, 'expired_token', 'The access token provided has expired.')
    expect(await rejection(client().callUntyped('user.current'))).toMatchObject({
      status: 401,
      code: 'expired_token',
      kind: 'invalidRequest',
    })
  })

  it('is not remembered: the next error answer loads the rows and gets its system row', async () => {
    chunk.failures = 1
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    const b24 = client()
    expect(await rejection(b24.crm.contact.delete({ id: 50 }))).toMatchObject({ kind: 'serverError', errorId: undefined })
    expect(await rejection(b24.crm.contact.delete({ id: 50 }))).toMatchObject({ kind: 'rateLimited', errorId: 'queryLimitExceeded' })
    expect(chunk.loads).toBe(2)
  })

  it('is retried as its status says, a bounded number of times', async () => {
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    const error = await rejection(client({ attempts: 2, baseDelayMs: 0 }).crm.contact.delete({ id: 50 }))
    expect(error).toMatchObject({ status: 503, code: 'QUERY_LIMIT_EXCEEDED' })
    expect(portal.seen).toHaveLength(3)
    // A 4xx is never retried, rows or not.
    portal.seen.length = 0
    portal.script = () => failWith(400, 'ERROR_CORE', 'Element not found')
    await rejection(client({ attempts: 2, baseDelayMs: 0 }).crm.contact.delete({ id: 50 }))
    expect(portal.seen).toHaveLength(1)
  })

  it('carries no secret, and not the load’s failure', async () => {
    portal.script = () => failWith(400, 'WRONG', `bad hook /rest/1/${code}/`)
    const error = await rejection(client().callUntyped('user.current'))
    expect(error).toMatchObject({ status: 400, code: 'WRONG', kind: 'invalidRequest' })
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${String(error.cause)}`
    expect(everything).not.toContain(code)
    expect(everything).not.toContain('Failed to fetch dynamically imported module')
  })

  it('gives a batch command its B24ApiError too', async () => {
    portal.script = () => ok({ result: {}, result_error: { a: { error: 'ERROR_CORE', error_description: 'Element not found' } } })
    const outcome = await client().batch({ a: { method: 'crm.contact.delete', params: { id: 50 } } })
    expect(outcome.errors.a).toBeInstanceOf(B24ApiError)
    expect(outcome.errors.a).toMatchObject({ code: 'ERROR_CORE', kind: 'notFound', status: 400 })
  })
})
