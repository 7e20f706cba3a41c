/**
 * createClient's retries and the real clock's wait (waits.ts, one chunk) load by need: a call that
 * succeeds loads neither (nor the system rows); a call's first failure loads them once, and the
 * outcome is what it was with the code up front. A chunk's load is counted, or made to fail, by
 * mocking its module (no network).
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createClient } from './index.js'
import { failWith, ok, type Portal, rejection, startPortal } from './testing/loopback.js'

/** Loads of each chunk, and how many of the next loads of the waits' chunk fail. */
const chunks = vi.hoisted(() => ({ waits: 0, rows: 0, waitsFailures: 0 }))
/** Counts a load of the chunk `name`, failing it while `waitsFailures` says so for the waits. */
const load = vi.hoisted(() => async (name: 'waits' | 'rows', importOriginal: () => Promise<unknown>) => {
  chunks[name]++
  if (name === 'waits' && chunks.waitsFailures-- > 0)
    throw new TypeError('Failed to fetch dynamically imported module: https://cdn.example/waits-x1.js')
  return importOriginal()
})
vi.mock('./waits.js', (original) => load('waits', original))
vi.mock('./generated/system-errors-by-need.js', (original) => load('rows', original))

const portal: Portal = await startPortal()
afterAll(() => portal.close())
beforeEach(() => {
  portal.seen.length = 0
})

/** A client with the default policies (retries, the guard, the bucket) on the real clock; retries wait 0 ms. */
const client = () => createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true, retry: { attempts: 2, baseDelayMs: 0 } })

// In order: the module system keeps a chunk once it has loaded (a failed load it does not keep).
describe('the failure path’s chunks, over the life of an app', () => {
  it('are not loaded by calls that succeed: neither the retries, nor the wait, nor the system rows', async () => {
    portal.script = () => ok(true)
    const b24 = client()
    expect(await b24.crm.contact.delete({ id: 50 })).toBe(true)
    expect(await b24.callUntyped('user.current')).toBe(true)
    expect(chunks).toMatchObject({ waits: 0, rows: 0 })
  })

  it('let a failing call come out with its own error when their chunk fails to load; the next failure loads it again', async () => {
    chunks.waitsFailures = 1
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    const b24 = client()
    const error = await rejection(b24.crm.contact.delete({ id: 50 }))
    expect(error).toMatchObject({ status: 503, code: 'QUERY_LIMIT_EXCEEDED', kind: 'rateLimited', errorId: 'queryLimitExceeded' })
    expect(String(error.cause)).not.toContain('Failed to fetch')
    expect(portal.seen).toHaveLength(1)
    // The next failure loads the retries, which retry it twice: classified as before.
    expect(await rejection(b24.crm.contact.delete({ id: 50 }))).toMatchObject({
      status: 503,
      kind: 'rateLimited',
      errorId: 'queryLimitExceeded',
    })
    expect(portal.seen).toHaveLength(4)
    expect(chunks).toMatchObject({ waits: 2, rows: 1 })
  })

  it('load once: later failures are retried as before without loading them again', async () => {
    portal.script = (_, index) => (index % 2 === 0 ? failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : ok(true))
    const b24 = client()
    expect(await b24.crm.contact.delete({ id: 50 })).toBe(true)
    expect(await b24.crm.contact.delete({ id: 51 })).toBe(true)
    expect(portal.seen.map((s) => s.body.id)).toEqual([50, 50, 51, 51])
    // A 4xx is never retried.
    portal.script = () => failWith(400, 'ERROR_CORE', 'Element not found')
    expect(await rejection(b24.crm.contact.delete({ id: 52 }))).toMatchObject({ kind: 'notFound', errorId: 'notFound' })
    expect(portal.seen).toHaveLength(5)
    expect(chunks).toMatchObject({ waits: 2, rows: 1 })
  })
})
