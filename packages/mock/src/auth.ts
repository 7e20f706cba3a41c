/**
 * Who is calling: webhooks (`/rest/USER/CODE/method`) and OAuth tokens (`auth` param or
 * `Authorization: Bearer`), each resolved to a configured user with permissions and scopes.
 */
import type { MockParams, RestPath } from './params.js'

/** A permission on an entity. */
export type MockPermission = 'read' | 'add' | 'update' | 'delete'

/** An incoming webhook: its user and secret code; `scopes` undefined means every scope. */
export interface MockWebhook {
  userId: number
  code: string
  scopes?: readonly string[]
}

/** An OAuth access token; `expiresAt` (ms on the mock's clock) makes it answer `expired_token` after. */
export interface MockOAuthToken {
  token: string
  userId?: number
  scopes?: readonly string[]
  expiresAt?: number
  /** The application the token was issued to (by the mock's OAuth server): its calls run in that app's context. */
  clientId?: string
}

/** A portal user: `'*'` grants every permission (or scope). */
export interface MockUser {
  id: number
  permissions?: '*' | Readonly<Record<string, readonly MockPermission[]>>
  scopes?: '*' | readonly string[]
}

/** The resolved caller of a request. */
export interface MockCaller {
  transport: 'webhook' | 'oauth'
  user: MockUser
  /** Scopes of the webhook or token, else of the user. */
  scopes: '*' | readonly string[]
  /** Identifies the credential without holding the secret (for the operating-time budget). */
  key: string
  /** The application whose token made the call; absent for webhooks and plain tokens. */
  clientId?: string
}

/** The outcome: a caller, or the id of the system error row to answer. */
export type AuthOutcome =
  | { ok: true; caller: MockCaller }
  | { ok: false; errorId: 'noAuthFound' | 'invalidCredentials' | 'invalidToken' | 'expiredToken' }

/** Resolves credentials against the configuration. */
export interface Authenticator {
  /** `authorization` is the request's Authorization header, if any. */
  authenticate(path: RestPath, params: MockParams, authorization: string | null, nowMs: number): AuthOutcome
}

/** Creates the authenticator from configured webhooks, tokens and users. */
export function createAuthenticator(
  webhooks: readonly MockWebhook[],
  tokens: readonly MockOAuthToken[],
  users: readonly MockUser[],
  /** Tokens issued while the portal runs (by its OAuth server, for apps and the frame host), looked up after the configured ones. */
  findIssued?: (token: string) => MockOAuthToken | undefined,
): Authenticator {
  const webhookByUser = new Map(webhooks.map((w) => [String(w.userId), w]))
  const tokenByValue = new Map(tokens.map((t) => [t.token, t]))
  // Each token's number names its operating-time budget without holding the secret.
  const serials = new Map(tokens.map((t, i) => [t, i]))
  const userById = new Map(users.map((u) => [u.id, u]))
  // A user the configuration does not list exists but holds no rights.
  const getUser = (id: number): MockUser => userById.get(id) ?? { id, permissions: {}, scopes: '*' }
  const scopesOf = (own: readonly string[] | undefined, user: MockUser) => own ?? user.scopes ?? '*'
  return {
    authenticate(path, params, authorization, nowMs) {
      if (path.webhook) {
        const hook = webhookByUser.get(path.webhook.userId)
        if (!hook || hook.code !== path.webhook.code) return { ok: false, errorId: 'invalidCredentials' }
        const user = getUser(hook.userId)
        return { ok: true, caller: { transport: 'webhook', user, scopes: scopesOf(hook.scopes, user), key: `webhook:${hook.userId}` } }
      }
      const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]
      const raw = params.auth ?? params.access_token ?? bearer
      if (typeof raw !== 'string' || raw === '') return { ok: false, errorId: 'noAuthFound' }
      const token = tokenByValue.get(raw) ?? findIssued?.(raw)
      // An unknown token is `invalid_token` (evidence in specs/shared/system-errors.ts), which the official clients refresh on.
      if (!token) return { ok: false, errorId: 'invalidToken' }
      if (token.expiresAt !== undefined && nowMs >= token.expiresAt) return { ok: false, errorId: 'expiredToken' }
      const user = getUser(token.userId ?? 1)
      const key = token.clientId === undefined ? `oauth:${serials.get(token)}` : `app:${token.clientId}:${user.id}`
      const caller: MockCaller = { transport: 'oauth', user, scopes: scopesOf(token.scopes, user), key }
      if (token.clientId !== undefined) caller.clientId = token.clientId
      return { ok: true, caller }
    },
  }
}

/** Whether the caller's scopes include `scope`. */
export function hasScope(caller: MockCaller, scope: string): boolean {
  return caller.scopes === '*' || caller.scopes.includes(scope)
}

/** Whether the caller's user holds `permission` on `entity`. */
export function hasPermission(caller: MockCaller, entity: string, permission: MockPermission): boolean {
  const { permissions } = caller.user
  if (permissions === undefined || permissions === '*') return true
  return permissions[entity]?.includes(permission) ?? false
}
