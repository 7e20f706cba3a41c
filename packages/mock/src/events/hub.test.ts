/**
 * Events in-process, on a manual clock and a recording fetch: the event methods and their errors,
 * delivery of a deleted contact's event as a form POST with the app's application_token, retries
 * with doubling delays, faults, the journal without secrets, ONAPPINSTALL and the offline queue.
 */
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockEngine, type MockApp, type MockPortalOptions } from '../index.js'

const app: MockApp = {
  clientId: 'local.app.1',
  clientSecret: 'app-secret-4d2c',
  applicationToken: 'apptoken51856fef',
  installHandler: 'https://app.example/install',
}

interface Posted {
  url: string
  form: URLSearchParams
  at: number
}

/** `answer` gives the status of the n-th POST to the events handler (0: no answer); others get 200. */
async function setup(options: Partial<MockPortalOptions> = {}, answer: (n: number) => number = () => 200) {
  const clock = createManualClock()
  const posted: Posted[] = []
  const eventFetch = (async (url: string | URL, init?: RequestInit) => {
    posted.push({ url: String(url), form: new URLSearchParams(String(init?.body)), at: clock.now() })
    const status = String(url) === bindDelete.handler ? answer(posted.filter((p) => p.url === bindDelete.handler).length) : 200
    if (status === 0) throw new TypeError('fetch failed')
    return new Response('', { status })
  }) as typeof fetch
  const engine = createMockEngine({ apps: [app], clock, eventFetch, ...options })
  const { authority } = engine.applications
  const pair = JSON.parse(
    authority.token(
      { client_id: app.clientId, client_secret: app.clientSecret, grant_type: 'authorization_code', code: codeOf(authority) },
      'POST',
    ).body,
  ) as { access_token: string }
  // The install event of the authorization above is delivered before the test starts.
  await engine.applications.idle()
  const call = async (method: string, params: Record<string, unknown> = {}, auth: string | null = pair.access_token) => {
    const url = auth ? `https://mock.bitrix24.test/rest/${method}` : `${engine.webhookUrl}${method}`
    const res = await engine.handle(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, ...(auth ? { auth } : {}) }),
      }),
    )
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  return { clock, engine, posted, call, pair }
}

/** The code of a fresh authorization (the app has no redirect URI, so the code comes as JSON). */
function codeOf(authority: ReturnType<typeof createMockEngine>['applications']['authority']): string {
  const reply = authority.authorize(new URLSearchParams({ client_id: app.clientId }))
  return (JSON.parse(reply.body) as { code: string }).code
}

const bindDelete = { event: 'ONCRMCONTACTDELETE', handler: 'https://app.example/events' }

describe('the event methods', () => {
  it('need an application: a webhook gets 403 WRONG_AUTH_TYPE', async () => {
    const { call } = await setup()
    expect(await call('event.bind', bindDelete, null)).toEqual({
      status: 403,
      body: { error: 'WRONG_AUTH_TYPE', error_description: 'Current authorization type is denied for this method' },
    })
  })

  it('bind, list and unbind handlers; an unknown event is ERROR_EVENT_NOT_FOUND, a second bind is refused', async () => {
    const { call } = await setup()
    expect((await call('event.bind', bindDelete)).body.result).toBe(true)
    expect(await call('event.bind', bindDelete)).toMatchObject({
      status: 400,
      body: { error: '', error_description: 'Handler already binded' },
    })
    expect(await call('event.bind', { ...bindDelete, event: 'ONNOSUCHTHING' })).toMatchObject({
      status: 400,
      body: { error: 'ERROR_EVENT_NOT_FOUND', error_description: 'Event not found' },
    })
    expect((await call('event.get')).body.result).toEqual([
      { event: 'ONCRMCONTACTDELETE', handler: bindDelete.handler, auth_type: '0', offline: 0 },
    ])
    expect((await call('event.unbind', bindDelete)).body.result).toEqual({ count: 1 })
    expect((await call('event.get')).body.result).toEqual([])
  })
})

describe('delivery', () => {
  it('POSTs the deleted contact form-encoded, after the answer, with the app token and the portal facts', async () => {
    const { call, engine, posted } = await setup()
    await call('event.bind', bindDelete)
    posted.length = 0
    expect((await call('crm.contact.delete', { id: 50 })).body.result).toBe(true)
    await engine.applications.idle()
    expect(posted).toHaveLength(1)
    const form = Object.fromEntries(posted[0]?.form ?? [])
    expect(posted[0]?.url).toBe(bindDelete.handler)
    expect(form).toMatchObject({
      event: 'ONCRMCONTACTDELETE',
      event_handler_id: '1',
      'data[FIELDS][ID]': '50',
      ts: String(Math.floor(1_723_727_109_000 / 1000)),
      'auth[application_token]': 'apptoken51856fef',
      'auth[domain]': 'mock.bitrix24.test',
      'auth[member_id]': engine.applications.authority.memberId,
      'auth[client_endpoint]': 'https://mock.bitrix24.test/rest/',
      'auth[server_endpoint]': 'https://oauth.bitrix.test/rest/',
      'auth[scope]': 'crm',
    })
    expect(form['auth[access_token]']).toMatch(/^[0-9a-f]{32}$/)
  })

  it('fires add and update with the record id, and nothing for a failed call', async () => {
    const { call, engine, posted } = await setup()
    await call('event.bind', { event: 'ONCRMCONTACTADD', handler: 'https://app.example/add' })
    await call('event.bind', { event: 'ONCRMCONTACTUPDATE', handler: 'https://app.example/update' })
    posted.length = 0
    const added = (await call('crm.contact.add', { fields: { NAME: 'Anna' } })).body.result
    await call('crm.contact.update', { id: 50, fields: { NAME: 'Ivan' } })
    await call('crm.contact.update', { id: 999, fields: { NAME: 'Nobody' } })
    await engine.applications.idle()
    expect(posted.map((p) => [p.url, p.form.get('data[FIELDS][ID]')])).toEqual([
      ['https://app.example/add', String(added)],
      ['https://app.example/update', '50'],
    ])
  })

  it('retries a failing handler with doubling delays on the clock, journaling every attempt without secrets', async () => {
    const { call, engine, posted, clock } = await setup({ eventRetry: { attempts: 4, baseDelayMs: 1000 } }, (n) =>
      n < 3 ? 500 : n < 4 ? 0 : 200,
    )
    await call('event.bind', bindDelete)
    const start = clock.now()
    await call('crm.contact.delete', { id: 50 })
    await engine.applications.idle()
    // The handler answers 500, 500, nothing, then 200.
    const tries = engine.journal.filter((e) => e.transport === 'event' && e.method === 'ONCRMCONTACTDELETE')
    expect(tries.map((e) => [e.status, e.at - start])).toEqual([
      [500, 0],
      [500, 1000],
      [0, 3000],
      [200, 7000],
    ])
    expect(posted.filter((p) => p.url === bindDelete.handler)).toHaveLength(4)
    const text = JSON.stringify(engine.journal)
    expect(text).not.toContain('apptoken51856fef')
    expect(text).not.toContain(app.clientSecret)
    expect(tries[0]?.params).toMatchObject({ event: 'ONCRMCONTACTDELETE', auth: '[redacted]', data: { FIELDS: { ID: 50 } } })
  })

  it('gives up after the last attempt', async () => {
    const { call, engine } = await setup({ eventRetry: { attempts: 2, baseDelayMs: 10 } }, () => 503)
    await call('event.bind', bindDelete)
    await call('crm.contact.delete', { id: 50 })
    await engine.applications.idle()
    expect(engine.journal.filter((e) => e.method === 'ONCRMCONTACTDELETE').map((e) => e.status)).toEqual([503, 503])
  })

  it('is delayed and dropped by the fault injector, a dropped attempt retried', async () => {
    const faults = { latency: { fixedMs: 250 }, drop: { rate: 0.5, method: 'oncrmcontactdelete' } }
    const { call, engine, posted } = await setup({ faults, randomSeed: 7, eventRetry: { attempts: 10, baseDelayMs: 100 } })
    await call('event.bind', bindDelete)
    posted.length = 0
    await call('crm.contact.delete', { id: 50 })
    await engine.applications.idle()
    const tries = engine.journal.filter((e) => e.method === 'ONCRMCONTACTDELETE')
    expect(tries.length).toBeGreaterThan(1)
    expect(tries.at(-1)).toMatchObject({ status: 200 })
    expect(tries.slice(0, -1).every((e) => e.dropped && e.status === 0)).toBe(true)
    expect(posted).toHaveLength(1)
    // Each attempt waits the injected 250 ms; the retries add 100, 200, 400... ms.
    const waited = tries.slice(1).map((e, i) => e.at - (tries[i]?.at ?? 0))
    expect(waited).toEqual(waited.map((_, i) => 250 + 100 * 2 ** i))
  })
})

describe('ONAPPINSTALL', () => {
  it('goes to the install handler on the first authorization only, with a token pair and the app token', async () => {
    const { engine, posted } = await setup()
    codeOf(engine.applications.authority)
    await engine.applications.idle()
    // setup() authorized once; the second authorization installs nothing.
    expect(posted.map((p) => p.url)).toEqual(['https://app.example/install'])
    expect(Object.fromEntries(posted[0]?.form ?? [])).toMatchObject({
      event: 'ONAPPINSTALL',
      'data[INSTALLED]': 'Y',
      'auth[application_token]': 'apptoken51856fef',
      'auth[access_token]': expect.stringMatching(/^[0-9a-f]{32}$/),
      'auth[refresh_token]': expect.stringMatching(/^[0-9a-f]{32}$/),
    })
  })
})

describe('offline events', () => {
  it('queue instead of POSTing; event.offline.get hands them out and clears them; list and clear work on the rest', async () => {
    const { call, posted, engine } = await setup()
    await call('event.bind', { event: 'ONCRMCONTACTDELETE', event_type: 'offline' })
    posted.length = 0
    await call('crm.contact.delete', { id: 50 })
    await engine.applications.idle()
    expect(posted).toHaveLength(0)
    const listed = (await call('event.offline.list')).body
    expect(listed).toMatchObject({ result: [{ ID: '1', EVENT_NAME: 'ONCRMCONTACTDELETE', PROCESS_ID: '', ERROR: '0' }], total: 1 })
    const got = (await call('event.offline.get', { clear: 0 })).body.result as { process_id: string; events: unknown[] }
    expect(got.events).toEqual([expect.objectContaining({ ID: '1', EVENT_NAME: 'ONCRMCONTACTDELETE', EVENT_DATA: { FIELDS: { ID: 50 } } })])
    expect(((await call('event.offline.list')).body.result as { PROCESS_ID: string }[])[0]?.PROCESS_ID).toBe(got.process_id)
    expect((await call('event.offline.clear', { process_id: got.process_id })).body.result).toBe(true)
    expect((await call('event.offline.list')).body).toMatchObject({ result: [], total: 0 })
    expect((await call('event.offline.get')).body.result).toEqual({ process_id: null, events: [] })
  })

  it('are for administrators only', async () => {
    const { call } = await setup({ users: [{ id: 1, permissions: { contact: ['delete'] } }] })
    expect(await call('event.bind', { event: 'ONCRMCONTACTDELETE', event_type: 'offline' })).toMatchObject({
      status: 403,
      body: { error: 'ACCESS_DENIED', error_description: 'Access denied! Offline events binding requires administrator access rights' },
    })
    expect((await call('event.offline.get')).body).toEqual({ error: 'ACCESS_DENIED', error_description: 'Access denied!' })
  })
})
