/**
 * `createClient`'s OAuth policy, loaded on the first call of a client with `oauth` options (by
 * optional-policy.ts), so that a webhook app bundles none of it: the user's `refresh` when given, else, with `clientId`
 * and `clientSecret`, a refresh at the OAuth server, whose module loads on the first expired token.
 */
import type { Core } from './by-need.js'
import type { ClientOptions, OAuthOptions } from './client.js'
import { createOAuthMiddleware } from './oauth-policy.js'
import type { Middleware, PolicyContext, Tokens } from './policies.js'

/** The OAuth middleware of a client with these credentials (its secrets are already redacted). */
export function createClientOAuth(
  core: Core,
  { clientId, clientSecret, oauthServerUrl, portalUrl: _, ...tokens }: OAuthOptions,
  { fetch, allowInsecureLoopback }: ClientOptions,
  context: PolicyContext,
): Middleware {
  const server = clientId !== undefined &&
    clientSecret !== undefined && { clientId, clientSecret, oauthServerUrl, fetch, allowInsecureLoopback }
  const refresh =
    tokens.refresh ?? (server ? (used: Tokens) => import('./oauth-refresh.js').then((m) => m.refreshTokens(core, server, used)) : undefined)
  return createOAuthMiddleware(core, { ...tokens, refresh }, context)
}
