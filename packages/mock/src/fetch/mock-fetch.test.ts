/**
 * The in-process fetch answers what the engine answers a WHATWG Request (the MSW handlers' path):
 * the same status, headers, bytes and journal, by its fast reading of fetch's arguments and by its
 * Request fallback alike; and it fails as a failed fetch does.
 */
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockPortal, type MockPortalOptions } from '../index.js'

type Init = RequestInit | undefined

async function readAnswer(response: Response) {
  return { status: response.status, headers: [...response.headers], text: await response.text() }
}

/** Sends the same request by `portal.fetch` and by `engine.dispatch(new Request(...))` to two twin portals. */
async function sendBoth(input: string | ((base: string) => string), init?: Init, options: MockPortalOptions = {}) {
  const [viaFetch, viaRequest] = [0, 1].map(() => createMockPortal({ clock: createManualClock(1_700_000_000_000), ...options }))
  if (!viaFetch || !viaRequest) throw new Error('unreachable')
  const url = (base: string) => (typeof input === 'string' ? `${base}${input}` : input(base))
  const fetched = await readAnswer(await viaFetch.fetch(url(viaFetch.webhookUrl), init))
  const reference = await viaRequest.dispatch(new Request(url(viaRequest.webhookUrl), init))
  if (!reference) throw new Error('the reference dropped the connection')
  return { fetched, reference: await readAnswer(reference), journals: [viaFetch.journal, viaRequest.journal] }
}

const json = (body: unknown): Init => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('portal.fetch answers as the engine answers a Request', () => {
  it.each<[string, string, Init]>([
    ['a JSON body, as the client sends', 'crm.contact.delete', json({ id: 50 })],
    ['a JSON body naming no record', 'crm.contact.delete', json({ id: 999_999 })],
    ['the query alone', 'crm.contact.delete?id=50', undefined],
    ['the query and a body, the body winning', 'crm.contact.get?id=1', json({ id: 50 })],
    ['a form body', 'crm.contact.get', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'id=50' }],
    [
      'a form body with PHP keys',
      'crm.contact.list',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: 'select[]=ID&filter[ID]=50',
      },
    ],
    ['a text body without a content type (no parameters)', 'crm.contact.delete', { method: 'POST', body: 'id=50' }],
    ['JSON that is not an object', 'crm.contact.delete', json([50])],
    ['invalid JSON', 'crm.contact.delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":' }],
    ['an empty JSON body', 'crm.contact.delete', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' }],
    [
      'a content type padded with spaces (through Headers)',
      'crm.contact.delete',
      { method: 'POST', headers: { 'content-type': ' application/json ' }, body: '{"id":50}' },
    ],
    [
      'headers as a Headers object',
      'crm.contact.delete',
      { method: 'POST', headers: new Headers({ 'content-type': 'application/json' }), body: '{"id":50}' },
    ],
    ['headers as pairs', 'crm.contact.delete', { method: 'POST', headers: [['content-type', 'application/json']], body: '{"id":50}' }],
    [
      'another header beside the content type (through Headers)',
      'crm.contact.delete',
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-other': '1' }, body: '{"id":50}' },
    ],
    ['the XML transport', 'crm.contact.get.xml?id=50', undefined],
    ['an unknown method', 'crm.nothing.here', json({})],
    ['a lower-case method (through a Request)', 'crm.contact.delete', { ...json({ id: 50 }), method: 'post' }],
    ['a body that is not text (through a Request)', 'crm.contact.delete', { method: 'POST', body: new URLSearchParams({ id: '50' }) }],
    ['a lone surrogate in the body (through a Request)', 'crm.contact.add', json({ fields: { NAME: 'a\uD800b' } })],
    [
      'a byte-order mark before JSON (through a Request)',
      'crm.contact.delete',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '\uFEFF{"id":50}' },
    ],
    ['a preflight (through a Request)', 'crm.contact.delete', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } }],
  ])('%s', async (_title, path, init) => {
    const { fetched, reference, journals } = await sendBoth(path, init)
    expect(fetched).toEqual(reference)
    expect(journals[0]).toEqual(journals[1])
  })

  it('reads OAuth credentials from the Authorization header and from `auth`', async () => {
    const options = { oauthTokens: ['tok'] }
    const portal = (base: string) => `${new URL(base).origin}/rest/crm.contact.delete`
    const bearer = (name: string): Init => ({ ...json({ id: 50 }), headers: { 'content-type': 'application/json', [name]: 'Bearer tok' } })
    for (const init of [bearer('Authorization'), bearer('authorization'), json({ id: 50, auth: 'tok' })]) {
      const { fetched, reference } = await sendBoth(portal, init, options)
      expect(fetched).toEqual(reference)
      expect(fetched.status).toBe(200)
    }
  })

  it('answers the OAuth server when apps are registered, as the MSW handlers do', async () => {
    const [viaFetch, viaMsw] = [0, 1].map(() => createMockPortal({ apps: [{ clientId: 'app.1', clientSecret: 'secret' }] }))
    if (!viaFetch || !viaMsw) throw new Error('unreachable')
    const url = 'https://example.bitrix24.test/oauth/token/?grant_type=refresh_token&client_id=app.1&client_secret=wrong'
    const fetched = await readAnswer(await viaFetch.fetch(url))
    const handled = await getResponse(viaMsw.handlers, new Request(url))
    if (!handled) throw new Error('the MSW handlers did not answer')
    expect(fetched).toEqual(await readAnswer(handled))
    expect(fetched.status).toBe(401)
  })
})

describe('portal.fetch fails as a failed fetch does', () => {
  it('rejects with a TypeError where a fault drops the connection, and journals the call', async () => {
    const portal = createMockPortal({ faults: { drop: { rate: 1 } } })
    const error = await portal.fetch(`${portal.webhookUrl}crm.contact.delete`, json({ id: 50 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(error).toMatchObject({ message: 'fetch failed', cause: { message: expect.stringContaining('dropped the connection') } })
    expect(portal.journal.map((e) => e.dropped)).toEqual([true])
  })

  it('rejects a path the portal does not answer, without naming it (it may hold a webhook code)', async () => {
    const portal = createMockPortal()
    const error = await portal.fetch(`https://mock.bitrix24.test/rset/1/${'secretcode'}/crm.contact.delete`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(JSON.stringify([String(error), String((error as Error).cause)])).not.toContain('secretcode')
    expect(portal.journal).toEqual([])
  })

  it('rejects a header value fetch refuses with a TypeError, as fetch does', async () => {
    const portal = createMockPortal()
    const init = { method: 'POST', headers: { 'content-type': 'application/json\r\nx: y' }, body: '{"id":50}' }
    await expect(portal.fetch(`${portal.webhookUrl}crm.contact.delete`, init)).rejects.toBeInstanceOf(TypeError)
    expect(portal.journal).toEqual([])
  })

  it('rejects a URL that does not parse with a TypeError, as fetch does', async () => {
    const portal = createMockPortal()
    await expect(portal.fetch('/rest/1/code/crm.contact.delete')).rejects.toBeInstanceOf(TypeError)
    expect(portal.journal).toEqual([])
  })

  it('rejects with the reason of a signal aborted before sending, and sends nothing', async () => {
    const portal = createMockPortal()
    const reason = new Error('stop')
    await expect(
      portal.fetch(`${portal.webhookUrl}crm.contact.delete`, { ...json({ id: 50 }), signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason)
    expect(portal.journal).toEqual([])
  })

  it('rejects with the reason of a signal aborted while the answer waits (injected latency)', async () => {
    const clock = createManualClock()
    const portal = createMockPortal({ clock, faults: { latency: { fixedMs: 1_000 } } })
    const controller = new AbortController()
    const answer = portal.fetch(`${portal.webhookUrl}crm.contact.delete`, { ...json({ id: 50 }), signal: controller.signal })
    const reason = new Error('gave up')
    controller.abort(reason)
    await expect(answer).rejects.toBe(reason)
  })

  it('answers once the injected latency has passed when nobody aborts', async () => {
    const clock = createManualClock()
    const portal = createMockPortal({ clock, faults: { latency: { fixedMs: 1_000 } } })
    const answer = portal.fetch(`${portal.webhookUrl}crm.contact.delete`, { ...json({ id: 50 }), signal: new AbortController().signal })
    clock.advance(1_000)
    expect((await answer).status).toBe(200)
  })
})
