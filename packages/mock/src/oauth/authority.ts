/**
 * The OAuth server of the mock, framework-free: `/oauth/authorize/` approves a user at once and
 * redirects to the app with a one-time `code`; `/oauth/token/` exchanges a code or a refresh token
 * for a pair. Tokens expire on the mock's clock; a refresh token or a code works once.
 *
 * Facts from the docs (settings/oauth: index, auto-renewal, error-codes) and b24jssdk 2.2.0: the
 * request and answer fields, the error codes, and that clients POST the token request form-encoded
 * (the docs show a GET; both are served). The docs give no HTTP status for the errors: the mock
 * answers 401 for `invalid_client` and 400 for the others, as RFC 6749 section 5.2 does, and the
 * error texts other than `Payment required` are its own.
 */
import type { MockOAuthToken } from '../auth.js'
import type { MockClock } from '../clock.js'
import type { JournalEntry } from '../journal.js'
import { redactValue } from '../journal.js'
import type { MockApp } from './apps.js'

/** An access token the OAuth server issued, with the app it belongs to. */
export interface IssuedToken extends MockOAuthToken {
  userId: number
  clientId: string
  expiresAt: number
}

/** The pair as the OAuth server answers it, in the docs' field order. */
export interface TokenAnswer {
  access_token: string
  client_endpoint: string
  domain: string
  expires: number
  expires_in: number
  member_id: string
  refresh_token: string
  scope: string
  server_endpoint: string
  status: string
  user_id: number
}

/** An HTTP answer of the OAuth server. */
export interface OAuthReply {
  status: number
  /** JSON text, or empty for a redirect. */
  body: string
  /** Where a redirect goes. */
  location?: string
}

/** What the OAuth server needs from the engine. */
export interface OAuthAuthorityOptions {
  apps: readonly MockApp[]
  /** Lifetime of an access token (default 3600 s, the portal's hour). */
  tokenTtlSeconds?: number | undefined
  clock: MockClock
  /** The mock's seeded random numbers: tokens differ from run to run only when the seed does. */
  random: () => number
  /** Adds an entry to the engine's journal (its params already redacted). */
  record(entry: Pick<JournalEntry, 'httpMethod' | 'path' | 'method' | 'params' | 'status'> & { error?: string }): void
  /** Told when a user authorizes an app for the first time: the portal installs it (ONAPPINSTALL). */
  onInstall(app: MockApp, answer: TokenAnswer): void
}

/** The OAuth server's state: apps, codes, tokens. */
export interface OAuthAuthority {
  /** The registered apps by client id. */
  readonly apps: ReadonlyMap<string, MockApp>
  /** The portal's and the OAuth server's origins, as the answers name them (set by the HTTP server once it listens). */
  origins: { portal: string; oauth: string }
  readonly memberId: string
  /** An access token the server issued, if any (expired ones included: the caller compares `expiresAt`). */
  lookup(token: string): IssuedToken | undefined
  /**
   * Registers an app after start (the frame host's own app when none is registered); an app
   * already registered under the same client id is kept and returned.
   */
  registerApp(app: MockApp): MockApp
  /** Issues a fresh pair for a user of an app (the code flow, a refresh, the frame host's `getInitData` and `refreshAuth`). */
  issue(app: MockApp, userId: number): TokenAnswer
  /** The `application_token` of an app, sent with its events. */
  getApplicationToken(app: MockApp): string
  /** Answers `GET /oauth/authorize/?client_id=...&state=...` (`user_id` picks the user the mock approves as). */
  authorize(query: URLSearchParams): OAuthReply
  /** Answers `/oauth/token/` with the query's and the form body's fields. */
  token(fields: Readonly<Record<string, string>>, httpMethod: string): OAuthReply
}

const codeLifetimeMs = 30_000
/** The fields `/oauth/token/` reads, and so journals. */
const tokenFields = ['grant_type', 'client_id', 'client_secret', 'code', 'refresh_token']
const refreshLifetimeMs = 180 * 24 * 3600 * 1000

function fail(status: number, error: string, description: string): OAuthReply {
  return { status, body: JSON.stringify({ error, error_description: description }) }
}

/** Creates the OAuth server over the engine's clock, random numbers and journal. */
export function createOAuthAuthority(options: OAuthAuthorityOptions): OAuthAuthority {
  const { clock, random } = options
  const ttl = options.tokenTtlSeconds ?? 3600
  const apps = new Map(options.apps.map((app) => [app.clientId, app]))
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')
  const memberId = hex(32)
  const accessTokens = new Map<string, IssuedToken>()
  const refreshTokens = new Map<string, { clientId: string; userId: number; expiresAt: number }>()
  const codes = new Map<string, { clientId: string; userId: number; expiresAt: number }>()
  const appTokens = new Map<string, string>()
  const installed = new Set<string>()
  const hostOf = (origin: string) => new URL(origin).host
  const scopeOf = (app: MockApp) => (app.scopes ?? ['crm', 'user', 'placement', 'event']).join(',')

  const authority: OAuthAuthority = {
    apps,
    memberId,
    origins: { portal: 'https://mock.bitrix24.test', oauth: 'https://oauth.bitrix.test' },
    lookup: (token) => accessTokens.get(token),
    registerApp(app) {
      const known = apps.get(app.clientId)
      if (known) return known
      apps.set(app.clientId, app)
      return app
    },
    getApplicationToken(app) {
      let token = app.applicationToken ?? appTokens.get(app.clientId)
      if (token === undefined) {
        token = hex(32)
        appTokens.set(app.clientId, token)
      }
      return token
    },
    issue(app, userId) {
      const now = clock.now()
      const access = hex(32)
      const refresh = hex(32)
      const expiresAt = now + ttl * 1000
      accessTokens.set(access, {
        token: access,
        userId,
        clientId: app.clientId,
        expiresAt,
        ...(app.scopes ? { scopes: app.scopes } : {}),
      })
      refreshTokens.set(refresh, { clientId: app.clientId, userId, expiresAt: now + refreshLifetimeMs })
      return {
        access_token: access,
        client_endpoint: `${authority.origins.portal}/rest/`,
        domain: hostOf(authority.origins.oauth),
        // Rounded up, so a client that waits until `expires` finds the token expired.
        expires: Math.ceil(expiresAt / 1000),
        expires_in: ttl,
        member_id: memberId,
        refresh_token: refresh,
        scope: scopeOf(app),
        server_endpoint: `${authority.origins.oauth}/rest/`,
        status: app.status ?? 'L',
        user_id: userId,
      }
    },
    authorize(query) {
      const app = apps.get(query.get('client_id') ?? '')
      const params = redactValue(Object.fromEntries(query)) as Record<string, unknown>
      const done = (reply: OAuthReply, error?: string) => {
        options.record({
          httpMethod: 'GET',
          path: '/oauth/authorize/',
          method: 'oauth.authorize',
          params,
          status: reply.status,
          ...(error ? { error } : {}),
        })
        return reply
      }
      // The portal shows its own error page here: the app receives no redirect.
      if (!app) return done(fail(400, 'invalid_client', 'The application is not installed on this portal'), 'invalid_client')
      const userId = Number(query.get('user_id') ?? app.userId ?? 1)
      if (!Number.isInteger(userId) || userId < 1)
        return done(fail(400, 'invalid_request', 'user_id must be a positive integer'), 'invalid_request')
      const code = hex(32)
      codes.set(code, { clientId: app.clientId, userId, expiresAt: clock.now() + codeLifetimeMs })
      if (!installed.has(app.clientId)) {
        installed.add(app.clientId)
        if (app.installHandler) options.onInstall(app, authority.issue(app, userId))
      }
      const back = new URLSearchParams({
        code,
        ...(query.has('state') ? { state: query.get('state') ?? '' } : {}),
        domain: hostOf(authority.origins.portal),
        member_id: memberId,
        scope: scopeOf(app),
        server_domain: hostOf(authority.origins.oauth),
      })
      if (!app.redirectUri) return done({ status: 200, body: JSON.stringify(Object.fromEntries(back)) })
      const location = `${app.redirectUri}${app.redirectUri.includes('?') ? '&' : '?'}${back}`
      return done({ status: 302, body: '', location })
    },
    token(fields, httpMethod) {
      const reply = answerToken(fields)
      const error = reply.status === 200 ? undefined : (JSON.parse(reply.body) as { error: string }).error
      options.record({
        httpMethod,
        path: '/oauth/token/',
        method: `oauth.token.${fields.grant_type ?? ''}`,
        // Only the fields the server reads: anything else a client sends might be a secret under another name.
        params: redactValue(Object.fromEntries(tokenFields.filter((k) => k in fields).map((k) => [k, fields[k]]))) as Record<
          string,
          unknown
        >,
        status: reply.status,
        ...(error ? { error } : {}),
      })
      return reply
    },
  }

  function answerToken(fields: Readonly<Record<string, string>>): OAuthReply {
    const grant = fields.grant_type
    if (grant !== 'authorization_code' && grant !== 'refresh_token')
      return fail(400, 'invalid_request', 'grant_type must be authorization_code or refresh_token')
    const app = apps.get(fields.client_id ?? '')
    if (!app || app.clientSecret !== fields.client_secret) return fail(401, 'invalid_client', 'Invalid client credentials')
    if (app.paymentRequired) return fail(400, 'PAYMENT_REQUIRED', 'Payment required')
    const now = clock.now()
    const grants = grant === 'authorization_code' ? codes : refreshTokens
    const secret = grant === 'authorization_code' ? fields.code : fields.refresh_token
    if (!secret) return fail(400, 'invalid_request', `${grant === 'authorization_code' ? 'code' : 'refresh_token'} is required`)
    const found = grants.get(secret)
    // Spent at the first use, whatever follows: a second exchange of the same code or token fails.
    grants.delete(secret)
    if (!found || found.clientId !== app.clientId || now >= found.expiresAt) return fail(400, 'invalid_grant', 'Invalid grant')
    return { status: 200, body: JSON.stringify(authority.issue(app, found.userId)) }
  }

  return authority
}
