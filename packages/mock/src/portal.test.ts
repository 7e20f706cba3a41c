/** The mock through its MSW handlers with real fetch: the seed page's tables and every parsing rule. */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { methodTable, systemErrors } from './generated/index.js'
import { createMockPortal, defaultAccessToken, defaultWebhookCode } from './index.js'

const portal = createMockPortal()
const server = setupServer(...portal.handlers)
const base = 'https://portal.example.test'
const hook = `${base}/rest/1/${defaultWebhookCode}`
const spec = methodTable['crm.contact.delete']
if (!spec) throw new Error('the table must hold crm.contact.delete')
const rows = spec.errors

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => portal.reset())
afterAll(() => server.close())

const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

const errorBody = (id: string, lang: 'ru' | 'en' = 'ru') => {
  const row = rows[id] ?? systemErrors[id]
  if (!row) throw new Error(`no row ${id}`)
  const text = typeof row.text === 'string' ? row.text : row.text[lang]
  return { status: row.status, text: JSON.stringify({ error: row.code, error_description: text }) }
}

async function expectError(response: Response, id: string, lang: 'ru' | 'en' = 'ru') {
  const want = errorBody(id, lang)
  expect(response.status).toBe(want.status)
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(await response.text()).toBe(want.text)
}

describe('the seed page: crm.contact.delete', () => {
  it('deletes contact 50 and answers result true with every time field, byte for byte', async () => {
    const response = await postJson(`${hook}/crm.contact.delete`, { ID: 50 })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const text = await response.text()
    expect(text).toMatch(
      /^\{"result":true,"time":\{"start":[\d.]+,"finish":[\d.]+,"duration":[\d.]+,"processing":[\d.]+,"date_start":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00","date_finish":"[^"]+","operating":[\d.]+,"operating_reset_at":[\d.]+\}\}$/,
    )
    expect(portal.store.get('contact', 50)).toBeUndefined()
  })

  it.each([
    ['missing', {}],
    ['not a number', { id: 'abc' }],
    ['zero', { id: 0 }],
    ['negative', { ID: -5 }],
    ['null', { id: null }],
  ])('answers the invalid-id row when id is %s', async (_title, body) => {
    await expectError(await postJson(`${hook}/crm.contact.delete`, body), 'invalidId')
    expect(portal.store.get('contact', 50)).toBeDefined()
  })

  it('answers the access-denied row to a user without the delete right', async () => {
    const limited = createMockPortal({ users: [{ id: 1, permissions: { contact: ['read'] } }] })
    await expectError(await limited.handle(new Request(`${limited.webhookUrl}crm.contact.delete?id=50`)), 'accessDenied')
    expect(limited.store.get('contact', 50)).toBeDefined()
  })

  it.each(['ru', 'en'] as const)('answers not found in the portal language (%s)', async (lang) => {
    const local = createMockPortal({ lang })
    await expectError(await local.handle(new Request(`${local.webhookUrl}crm.contact.delete?id=51`)), 'notFound', lang)
  })

  it('answers not found on the second delete', async () => {
    expect((await postJson(`${hook}/crm.contact.delete`, { id: 50 })).status).toBe(200)
    await expectError(await postJson(`${hook}/crm.contact.delete`, { id: 50 }), 'notFound')
  })

  it('deletes the records linked to the contact, and only those', async () => {
    const local = createMockPortal({
      seed: {
        contact: [{ ID: 50 }, { ID: 51 }],
        activity: [
          { ID: 1, CONTACT_ID: 50 },
          { ID: 2, CONTACT_ID: 51 },
        ],
        requisite: [{ ID: 3, CONTACT_ID: '50' }],
      },
    })
    expect((await local.handle(new Request(`${local.webhookUrl}crm.contact.delete?id=50`))).status).toBe(200)
    // toMatchObject: entities other methods declare (company, ...) may sit beside these, empty.
    expect(local.store.snapshot()).toMatchObject({ activity: [{ ID: 2, CONTACT_ID: 51 }], contact: [{ ID: 51 }], requisite: [] })
  })
})

describe('request parsing', () => {
  it.each([
    ['upper-case method name', `${hook}/CRM.Contact.DELETE`],
    ['the .json suffix', `${hook}/crm.contact.delete.json`],
  ])('reads %s', async (_title, url) => {
    expect((await postJson(url, { id: 50 })).status).toBe(200)
  })

  it.each([
    ['a GET query', () => fetch(`${hook}/crm.contact.delete?ID=50`)],
    ['a form-urlencoded body', () => fetch(`${hook}/crm.contact.delete`, { method: 'POST', body: new URLSearchParams({ id: '50' }) })],
    [
      'a multipart body',
      () => {
        const form = new FormData()
        form.set('ID', '50')
        return fetch(`${hook}/crm.contact.delete`, { method: 'POST', body: form })
      },
    ],
    ['a JSON body', () => postJson(`${hook}/crm.contact.delete`, { id: 50 })],
    ['"50" as 50 (PHP cast)', () => postJson(`${hook}/crm.contact.delete`, { id: '50' })],
    ['"50abc" as 50 (PHP cast)', () => postJson(`${hook}/crm.contact.delete`, { id: '50abc' })],
  ])('reads the id from %s', async (_title, send) => {
    expect((await send()).status).toBe(200)
    expect(portal.store.get('contact', 50)).toBeUndefined()
  })

  it('lets JSON values win over query values', async () => {
    expect((await postJson(`${hook}/crm.contact.delete?id=51`, { id: 50 })).status).toBe(200)
    expect(portal.store.get('contact', 50)).toBeUndefined()
  })

  it('reads ID before id', async () => {
    await expectError(await postJson(`${hook}/crm.contact.delete`, { ID: 'abc', id: 50 }), 'invalidId')
  })

  it('does not read other casings of id', async () => {
    await expectError(await postJson(`${hook}/crm.contact.delete`, { Id: 50 }), 'invalidId')
  })

  it('reads invalid JSON as empty parameters', async () => {
    const response = await fetch(`${hook}/crm.contact.delete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"ID":50',
    })
    await expectError(response, 'invalidId')
  })

  it('casts "abc" to 0, which is invalid', async () => {
    await expectError(await fetch(`${hook}/crm.contact.delete?id=abc`), 'invalidId')
  })
})

describe('auth', () => {
  it('answers INVALID_CREDENTIALS to a wrong webhook code, never echoing it', async () => {
    const response = await postJson(`${base}/rest/1/wrongcode/crm.contact.delete`, { id: 50 })
    const text = await response.clone().text()
    await expectError(response, 'invalidCredentials')
    expect(text).not.toContain('wrongcode')
  })

  it.each([
    ['the auth param', () => postJson(`${base}/rest/crm.contact.delete`, { ID: 50, auth: defaultAccessToken })],
    ['a Bearer header', () => postJson(`${base}/rest/crm.contact.delete`, { ID: 50 }, { Authorization: `Bearer ${defaultAccessToken}` })],
  ])('accepts an OAuth token in %s', async (_title, send) => {
    expect((await send()).status).toBe(200)
  })

  it('answers NO_AUTH_FOUND without credentials', async () => {
    await expectError(await postJson(`${base}/rest/crm.contact.delete`, { ID: 50 }), 'noAuthFound')
  })

  it('answers expired_token to an expired token', async () => {
    const local = createMockPortal({ oauthTokens: [{ token: 'old', expiresAt: 0 }] })
    await expectError(await local.handle(new Request(`${base}/rest/crm.contact.delete?id=50&auth=old`)), 'expiredToken')
  })

  it('answers insufficient_scope to a webhook without the crm scope', async () => {
    const local = createMockPortal({ webhooks: [{ userId: 1, code: 'c', scopes: ['task'] }] })
    await expectError(await local.handle(new Request(`${base}/rest/1/c/crm.contact.delete?id=50`)), 'insufficientScope')
  })

  it('answers Https required. to a webhook over HTTP with strictHttps', async () => {
    const local = createMockPortal({ strictHttps: true })
    await expectError(await local.handle(new Request(`${local.webhookUrlAt('http://127.0.0.1')}crm.contact.delete?id=50`)), 'httpsRequired')
    expect((await local.handle(new Request(`${local.webhookUrlAt('https://x.test')}crm.contact.delete?id=50`))).status).toBe(200)
  })
})

describe('methods and journal', () => {
  it('answers 404 ERROR_METHOD_NOT_FOUND to an unknown method', async () => {
    await expectError(await postJson(`${hook}/crm.contact.nope`, {}), 'methodNotFound')
  })

  it('journals calls with the webhook code and tokens redacted', async () => {
    await postJson(`${hook}/crm.contact.delete`, { id: 50 })
    await postJson(`${base}/rest/crm.contact.delete`, { id: 50, auth: defaultAccessToken })
    expect(portal.journal.map((e) => [e.method, e.transport, e.status, e.error])).toEqual([
      ['crm.contact.delete', 'webhook', 200, undefined],
      ['crm.contact.delete', 'oauth', 400, 'ERROR_CORE'],
    ])
    const dump = JSON.stringify(portal.journal)
    expect(dump).not.toContain(defaultWebhookCode)
    expect(dump).not.toContain(defaultAccessToken)
    expect(portal.journal[0]?.path).toBe('/rest/1/[redacted]/crm.contact.delete')
  })

  it('reset restores the seed and clears the journal', async () => {
    await postJson(`${hook}/crm.contact.delete`, { id: 50 })
    portal.reset()
    expect(portal.store.get('contact', 50)).toMatchObject({ ID: 50 })
    expect(portal.journal).toEqual([])
  })
})
