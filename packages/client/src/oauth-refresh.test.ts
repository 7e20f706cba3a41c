/**
 * `createClient({ oauth: { clientId, clientSecret } })` renews tokens at the OAuth server by itself:
 * one form POST with the secrets in the body, one refresh for concurrent callers, the server's
 * refusals as B24OAuthError, and the user's `refresh` still winning. One loopback server plays both
 * the portal (`/rest/...`) and the OAuth server (`/oauth/token/`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { B24ApiError, B24OAuthError, createClient, exchangeCode } from './index.js'
import { getTokenUrl as getTokenUrlForTest } from './oauth-refresh.js'
import { contentTypeOf, failWith, ok, type Portal, type Seen, startPortal } from './testing/loopback.js'

let server: Portal
beforeAll(async () => {
  server = await startPortal()
})
afterAll(() => server.close())
afterEach(() => {
  server.seen.length = 0
})

const secret = 'client-secret-9f8e7d'
const issued = {
  access_token: 'new-access',
  refresh_token: 'new-refresh',
  expires: 1_780_319_382,
  expires_in: 3600,
  client_endpoint: 'https://example.bitrix24.ru/rest/',
  server_endpoint: 'https://oauth.bitrix.info/rest/',
  domain: 'oauth.bitrix.info',
  member_id: 'a223c6b3710f85df22e9377d6c4f7553',
  scope: 'crm',
  status: 'L',
  user_id: 1,
}

/** The portal refuses the old token; the OAuth server answers with `token` (the issued pair by default). */
function play(token: (seen: Seen) => ReturnType<typeof ok> = () => ({ json: issued })) {
  server.script = (seen) => {
    if (seen.url.startsWith('/oauth/token/')) return token(seen)
    return seen.body.auth === 'old-access' ? failWith(401, 'expired_token', 'The access token provided has expired') : ok(true)
  }
}

const appClient = (onTokens = vi.fn()) =>
  createClient({
    oauth: {
      portalUrl: server.origin,
      clientId: 'local.app.1',
      clientSecret: secret,
      accessToken: 'old-access',
      refreshToken: 'old-refresh',
      oauthServerUrl: server.origin,
      onTokens,
    },
    allowInsecureLoopback: true,
    rateLimit: false,
    retry: false,
  })

const tokenRequests = () => server.seen.filter((s) => s.url.startsWith('/oauth/token/'))

describe('createClient({ oauth: { clientId, clientSecret } })', () => {
  it('refreshes once at /oauth/token/ with a form POST, secrets in the body only, for concurrent callers', async () => {
    play()
    const onTokens = vi.fn()
    const b24 = appClient(onTokens)
    await expect(Promise.all([1, 2, 3].map((id) => b24.crm.contact.delete({ id })))).resolves.toEqual([true, true, true])
    const [request, ...more] = tokenRequests()
    expect(more).toHaveLength(0)
    expect(request).toMatchObject({
      url: '/oauth/token/',
      body: { grant_type: 'refresh_token', client_id: 'local.app.1', client_secret: secret, refresh_token: 'old-refresh' },
    })
    expect(request && contentTypeOf.get(request)).toBe('application/x-www-form-urlencoded')
    expect(request?.url).not.toContain(secret)
    expect(onTokens).toHaveBeenCalledTimes(1)
    expect(onTokens).toHaveBeenCalledWith(
      expect.objectContaining({ accessToken: 'new-access', refreshToken: 'new-refresh', expires: 1_780_319_382 }),
    )
    expect(server.seen.filter((s) => s.body.auth === 'new-access')).toHaveLength(3)
  })

  it.each([
    ['invalid_grant', 400, 'Invalid grant'],
    ['invalid_client', 401, 'Invalid client'],
    ['PAYMENT_REQUIRED', 400, 'Payment required'],
  ])('fails the call with B24OAuthError %s when the OAuth server refuses', async (code, status, text) => {
    play(() => failWith(status, code, text))
    const error = await appClient()
      .crm.contact.delete({ id: 1 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(B24OAuthError)
    expect(error).not.toBeInstanceOf(B24ApiError)
    expect(error).toMatchObject({ code, status, description: text })
  })

  it('keeps the client secret and tokens out of the error when the server echoes them', async () => {
    play((seen) => failWith(400, 'invalid_grant', `bad ${String(seen.body.client_secret)} ${String(seen.body.refresh_token)}`))
    const error = (await appClient()
      .crm.contact.delete({ id: 1 })
      .catch((e: unknown) => e)) as B24OAuthError
    expect(`${error.message} ${error.description} ${JSON.stringify(error)}`).not.toMatch(/client-secret|old-refresh/)
  })

  it('reports an answer without tokens as B24OAuthError', async () => {
    play(() => ({ json: { result: true } }))
    await expect(appClient().crm.contact.delete({ id: 1 })).rejects.toMatchObject({ name: 'B24OAuthError', code: '' })
  })

  it('lets a refresh callback override the OAuth server', async () => {
    play()
    const refresh = vi.fn(async () => ({ accessToken: 'mine' }))
    server.script = (seen) => (seen.body.auth === 'old-access' ? failWith(401, 'expired_token', 'expired') : ok(true))
    const b24 = createClient({
      oauth: { portalUrl: server.origin, clientId: 'a', clientSecret: secret, accessToken: 'old-access', refresh },
      allowInsecureLoopback: true,
      retry: false,
    })
    await expect(b24.crm.contact.delete({ id: 1 })).resolves.toBe(true)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(tokenRequests()).toHaveLength(0)
  })

  it('refuses a plain-HTTP OAuth server that is not loopback', async () => {
    await expect(exchangeCode({ clientId: 'a', clientSecret: secret, oauthServerUrl: 'http://oauth.example.com' }, 'c')).rejects.toThrow(
      /must be an HTTPS URL/,
    )
  })
})

describe('the OAuth policy, loaded on the first call', () => {
  it('knows the tokens and the client secret as secrets from the start, before any call', () => {
    const b24 = appClient()
    expect(b24.redact('old-access old-refresh client-secret-9f8e7d')).toBe('*** *** ***')
    expect(server.seen).toEqual([])
  })
})

describe('exchangeCode', () => {
  it('posts grant_type=authorization_code with the code and answers the pair', async () => {
    play()
    const pair = await exchangeCode(
      { clientId: 'a', clientSecret: secret, oauthServerUrl: server.origin, allowInsecureLoopback: true },
      'the-code',
    )
    expect(pair).toMatchObject({ accessToken: 'new-access', refreshToken: 'new-refresh', clientEndpoint: issued.client_endpoint })
    expect(tokenRequests()[0]?.body).toMatchObject({ grant_type: 'authorization_code', code: 'the-code', client_secret: secret })
  })

  it.each([
    ['https://oauth.bitrix.info', 'https://oauth.bitrix.info/oauth/token/'],
    ['https://oauth.bitrix.info/', 'https://oauth.bitrix.info/oauth/token/'],
    ['https://oauth.bitrix.info/oauth/token/', 'https://oauth.bitrix.info/oauth/token/'],
  ])('takes the server %s as %s', (given, want) => {
    expect(getTokenUrlForTest(given)).toBe(want)
  })
})
