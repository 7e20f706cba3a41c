/**
 * OAuth tokens issued while the mock runs: the frame host hands the app one on `getInitData` and a
 * fresh one on `refreshAuth`, and the engine must accept each from then on. Tokens are random (they
 * are secrets to the app), live `lifetimeSeconds` on the mock's clock, and only the newest
 * `keepLast` stay valid, so a long run that refreshes often does not grow without end.
 */
import type { Authenticator, MockOAuthToken } from '../auth.js'
import type { MockClock } from '../clock.js'

/** What to issue; every field optional. */
export interface IssueTokenOptions {
  /** Default 1. */
  userId?: number
  /** Default: the user's scopes. */
  scopes?: readonly string[]
  /** Default 3600, the portal's access-token lifetime. */
  lifetimeSeconds?: number
}

/** A token pair as an OAuth answer gives it; the refresh token is opaque (no OAuth server here). */
export interface MockIssuedToken {
  accessToken: string
  refreshToken: string
  /** Seconds the access token lives (`expires_in`, the frame's `AUTH_EXPIRES`). */
  expiresIn: number
  /** When it expires, in ms on the mock's clock. */
  expiresAt: number
  userId: number
}

/** Issues tokens the authenticator accepts. */
export type TokenIssuer = (options?: IssueTokenOptions) => MockIssuedToken

function createSecret(): string {
  const bytes = new Uint8Array(32)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Creates the issuer for one engine's authenticator and clock. */
export function createTokenIssuer(auth: Authenticator, clock: MockClock, keepLast = 1000): TokenIssuer {
  const issued: string[] = []
  return (options = {}) => {
    const expiresIn = options.lifetimeSeconds ?? 3600
    const userId = options.userId ?? 1
    const expiresAt = clock.now() + expiresIn * 1000
    const token: MockOAuthToken = { token: createSecret(), userId, expiresAt }
    if (options.scopes) token.scopes = options.scopes
    auth.addToken(token)
    issued.push(token.token)
    if (issued.length > keepLast) auth.removeToken(issued.shift() as string)
    return { accessToken: token.token, refreshToken: createSecret(), expiresIn, expiresAt, userId }
  }
}
