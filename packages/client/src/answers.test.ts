/**
 * Answers a portal may send that the happy path never sees: envelopes with fields of the wrong
 * type, results the spec does not allow, and a portal that moved (30x).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { B24ApiError, createClient } from './index.js'
import { ok, type Portal, startPortal } from './testing/loopback.js'

let portal: Portal
let moved: Portal
beforeAll(async () => {
  portal = await startPortal()
  moved = await startPortal(() => ok(true))
})
afterAll(async () => {
  await portal.close()
  await moved.close()
})

const b24 = () => createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true, retry: false, rateLimit: false })

describe('envelope fields of the wrong type', () => {
  it.each([
    ['an object error', { status: 400, json: { error: { toString: 1 }, error_description: 'x' } }, 'invalidRequest', ''],
    [
      'a numeric description',
      { status: 500, json: { error: 'INTERNAL_SERVER_ERROR', error_description: 42 } },
      'serverError',
      'INTERNAL_SERVER_ERROR',
    ],
    ['an array answer', { status: 200, json: [1, 2] }, 'invalidResponse', ''],
  ] as const)('%s is a B24ApiError, never a TypeError', async (_title, reply, kind, code) => {
    portal.script = () => reply
    const error = await b24()
      .crm.contact.delete({ id: 50 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(B24ApiError)
    expect(error).toMatchObject({ kind, code })
  })
})

describe('results against the spec', () => {
  it.each([
    ['"yes"', 'yes'],
    ['false', false],
    ['1', 1],
    ['null', null],
  ])('a result of %s to crm.contact.delete (spec: true) is an invalid response', async (_title, result) => {
    portal.script = () => ok(result)
    await expect(b24().crm.contact.delete({ id: 50 })).rejects.toMatchObject({ kind: 'invalidResponse', status: 200 })
  })

  it('leaves the results of methods without a spec as they come', async () => {
    portal.script = () => ok('yes')
    await expect(b24().callUntyped('some.method')).resolves.toBe('yes')
  })
})

describe('a portal that moved', () => {
  const redirect = (status: number, location: string) => ({ status, headers: { location }, text: '' })

  it.each([301, 302, 303, 307, 308])('answers %i: the POST goes again, body and all, to the new address', async (status) => {
    portal.script = () => redirect(status, `${moved.webhook()}crm.contact.delete`)
    moved.seen.length = 0
    await expect(b24().crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(moved.seen).toEqual([{ method: 'crm.contact.delete', url: '/rest/1/k9webhookcode/crm.contact.delete', body: { id: 50 } }])
  })

  it('does not follow a move to plain HTTP off loopback: the 30x is an invalid response', async () => {
    portal.script = () => redirect(302, 'http://example.com/rest/1/k9webhookcode/crm.contact.delete')
    await expect(b24().crm.contact.delete({ id: 50 })).rejects.toMatchObject({ kind: 'invalidResponse', status: 302 })
  })

  it('gives up after three moves', async () => {
    portal.script = () => redirect(302, `${portal.webhook()}crm.contact.delete`)
    const before = portal.seen.length
    await expect(b24().crm.contact.delete({ id: 50 })).rejects.toMatchObject({ kind: 'invalidResponse', status: 302 })
    expect(portal.seen.length - before).toBe(4)
  })
})
