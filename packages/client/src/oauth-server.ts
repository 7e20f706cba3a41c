/**
 * The OAuth server's calls as the package exports them: each loads the implementation
 * (oauth-refresh.ts) on first use, so an app that imports `createClient` and never renews a token
 * loads none of it.
 */
import { core } from './by-need.js'
import type { IssuedTokens, OAuthServerOptions } from './oauth-refresh.js'
import type { Tokens } from './policies.js'

export { defaultOAuthServerUrl } from './oauth-error.js'

/** Renews `tokens` at the OAuth server (the refresh grant, one form POST); rejects with B24OAuthError. */
export function refreshTokens(options: OAuthServerOptions, tokens: Tokens): Promise<IssuedTokens> {
  return import('./oauth-refresh.js').then((m) => m.refreshTokens(core, options, tokens))
}

/** Trades the code `/oauth/authorize/` sent back for a token pair; rejects with B24OAuthError. */
export function exchangeCode(options: OAuthServerOptions, code: string): Promise<IssuedTokens> {
  return import('./oauth-refresh.js').then((m) => m.exchangeCode(core, options, code))
}
