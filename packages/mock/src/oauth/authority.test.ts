/**
 * The mock's OAuth server in-process, on a manual clock: the code flow, the refresh grant, spent
 * codes and refresh tokens, expiry on the clock (401 expired_token from the portal), the documented
 * errors, and no secret in the journal.
 */
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockEngine, type MockApp, type MockEngine } from '../index.js'
import { parseAppFlag } from './apps.js'
import type { TokenAnswer } from './authority.js'

const app: MockApp = { clientId: 'local.app.1', clientSecret: 'app-secret-4d2c', scopes: ['crm'], redirectUri: 'https://app.example/back' }

function setup(extra: Partial<MockApp> = {}) {
  const clock = createManualClock()
  const engine = createMockEngine({ apps: [{ ...app, ...extra }], tokenTtlSeconds: 60, clock })
  const { authority } = engine.applications
  const authorize = (query = 'client_id=local.app.1&state=s1') => authority.authorize(new URLSearchParams(query))
  const codeOf = (location = '') => new URL(location).searchParams.get('code') ?? ''
  const token = (fields: Record<string, string>) => {
    const reply = authority.token({ client_id: app.clientId, client_secret: app.clientSecret, ...fields }, 'POST')
    return { status: reply.status, body: JSON.parse(reply.body) as TokenAnswer & { error?: string; error_description?: string } }
  }
  const exchange = () => token({ grant_type: 'authorization_code', code: codeOf(authorize().location) })
  return { clock, engine, authority, authorize, codeOf, token, exchange }
}

const rest = (engine: MockEngine, method: string, auth: string) =>
  engine.handle(
    new Request(`https://mock.bitrix24.test/rest/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 50, auth }),
    }),
  )

describe('/oauth/authorize/', () => {
  it('approves at once and redirects to the app with code, state, domain, member_id, scope and server_domain', () => {
    const { authorize, authority } = setup()
    const reply = authorize()
    expect(reply.status).toBe(302)
    const back = new URL(reply.location ?? '')
    expect(`${back.origin}${back.pathname}`).toBe('https://app.example/back')
    expect(Object.fromEntries(back.searchParams)).toEqual({
      code: expect.stringMatching(/^[0-9a-f]{32}$/),
      state: 's1',
      domain: 'mock.bitrix24.test',
      member_id: authority.memberId,
      scope: 'crm',
      server_domain: 'oauth.bitrix.test',
    })
  })

  it('answers invalid_client, with no redirect, for an app the portal does not know', () => {
    const reply = setup().authorize('client_id=nope')
    expect(reply.status).toBe(400)
    expect(reply.location).toBeUndefined()
  })
})

describe('/oauth/token/', () => {
  it('exchanges the code for the documented fields, and the access token calls the portal as the app', async () => {
    const { exchange, engine } = setup()
    const { status, body } = exchange()
    expect(status).toBe(200)
    expect(Object.keys(body)).toEqual([
      'access_token',
      'client_endpoint',
      'domain',
      'expires',
      'expires_in',
      'member_id',
      'refresh_token',
      'scope',
      'server_endpoint',
      'status',
      'user_id',
    ])
    expect(body).toMatchObject({
      expires_in: 60,
      scope: 'crm',
      status: 'L',
      user_id: 1,
      client_endpoint: 'https://mock.bitrix24.test/rest/',
    })
    const answer = await rest(engine, 'crm.contact.delete', body.access_token)
    expect(await answer.json()).toMatchObject({ result: true })
    expect(engine.journal.at(-1)).toMatchObject({ transport: 'oauth', method: 'crm.contact.delete', status: 200 })
  })

  it('spends a code at its first use, and refuses one older than 30 seconds', () => {
    const { authorize, codeOf, token, clock } = setup()
    const code = codeOf(authorize().location)
    expect(token({ grant_type: 'authorization_code', code }).status).toBe(200)
    expect(token({ grant_type: 'authorization_code', code }).body.error).toBe('invalid_grant')
    const late = codeOf(authorize().location)
    clock.advance(30_000)
    expect(token({ grant_type: 'authorization_code', code: late })).toMatchObject({ status: 400, body: { error: 'invalid_grant' } })
  })

  it('answers 401 expired_token once the token lives past --token-ttl, and a refresh gives a new pair once', async () => {
    const { exchange, token, clock, engine } = setup()
    const first = exchange().body
    clock.advance(60_000)
    const expired = await rest(engine, 'crm.contact.delete', first.access_token)
    expect(expired.status).toBe(401)
    expect(await expired.json()).toEqual({ error: 'expired_token', error_description: 'The access token provided has expired' })
    const next = token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })
    expect(next.status).toBe(200)
    expect(next.body.access_token).not.toBe(first.access_token)
    expect(next.body.expires).toBe(Math.ceil((clock.now() + 60_000) / 1000))
    expect((await rest(engine, 'crm.contact.delete', next.body.access_token)).status).toBe(200)
    // The used refresh token is spent.
    expect(token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    })
  })

  it.each([
    ['a wrong secret', 401, 'invalid_client', { client_secret: 'wrong', grant_type: 'refresh_token', refresh_token: 'x' }],
    ['an unknown client', 401, 'invalid_client', { client_id: 'other', grant_type: 'refresh_token', refresh_token: 'x' }],
    ['an unknown grant type', 400, 'invalid_request', { grant_type: 'password' }],
    ['a missing refresh token', 400, 'invalid_request', { grant_type: 'refresh_token' }],
    ['an unknown refresh token', 400, 'invalid_grant', { grant_type: 'refresh_token', refresh_token: 'nope' }],
  ])('answers %s with %i %s', (_title, status, error, fields) => {
    expect(setup().token(fields)).toMatchObject({ status, body: { error } })
  })

  it('answers PAYMENT_REQUIRED for an app whose paid period is over', () => {
    expect(setup({ paymentRequired: true }).exchange()).toEqual({
      status: 400,
      body: { error: 'PAYMENT_REQUIRED', error_description: 'Payment required' },
    })
  })

  it('journals every request with the code, client secret and tokens redacted', () => {
    const { exchange, token, engine } = setup()
    const pair = exchange().body
    token({ grant_type: 'refresh_token', refresh_token: pair.refresh_token })
    const text = JSON.stringify(engine.journal)
    expect(engine.journal.map((e) => e.method)).toEqual(['oauth.authorize', 'oauth.token.authorization_code', 'oauth.token.refresh_token'])
    expect(text).not.toContain(app.clientSecret)
    expect(text).not.toContain(pair.refresh_token)
    expect(engine.journal[1]?.params).toMatchObject({ code: '[redacted]', client_secret: '[redacted]' })
  })
})

describe('--app', () => {
  it.each([
    ['local.app.1:s3cret', { clientId: 'local.app.1', clientSecret: 's3cret' }],
    ['a:b:crm,user', { clientId: 'a', clientSecret: 'b', scopes: ['crm', 'user'] }],
    [
      'a:b::http://127.0.0.1:8080/app',
      { clientId: 'a', clientSecret: 'b', redirectUri: 'http://127.0.0.1:8080/app', installHandler: 'http://127.0.0.1:8080/app' },
    ],
  ])('reads %s', (value, want) => {
    expect(parseAppFlag(value)).toEqual(want)
  })

  it.each([
    ['local.app.1', /^--app: expected CLIENT_ID:CLIENT_SECRET/],
    ['a:b:CRM', /^--app a: expected scopes such as crm,user, got "CRM"/],
    ['a:b:crm:not a url', /^--app a: expected an absolute app URL, got "not a url"/],
  ])('refuses %s, naming the flag', (value, want) => {
    expect(parseAppFlag(value)).toMatch(want)
  })

  it('never repeats the secret in its error', () => {
    expect(parseAppFlag('bad id!:topsecret')).not.toContain('topsecret')
  })
})
