/**
 * Renews an OAuth token pair at the Bitrix24 OAuth server. Only dynamic imports reach this module,
 * and it imports nothing of the core (by-need.ts hands it the error class):
 * `createClient({ oauth: { clientId, clientSecret, ... } })` on the first `expired_token`, and the
 * package's `exchangeCode` / `refreshTokens` (oauth-server.ts). So a bundler splitting chunks keeps
 * it out of an app's entry; a static import from the package's root would pull it in.
 */
import type { Core } from './by-need.js'
import type { Tokens } from './policies.js'

/** Where and as whom to renew tokens. */
export interface OAuthServerOptions {
  clientId: string
  clientSecret: string
  /** The OAuth server (default `https://oauth.bitrix.info`); `.../oauth/token/` may be given whole. */
  oauthServerUrl?: string | undefined
  fetch?: typeof fetch | undefined
  /** Allows plain HTTP to loopback (a local mock's OAuth server). */
  allowInsecureLoopback?: boolean | undefined
}

/** What the OAuth server answers on success, as the client keeps it. */
export interface IssuedTokens extends Tokens {
  refreshToken: string
  /** Unix seconds when the access token expires. */
  expires?: number | undefined
  /** The portal's REST address, such as `https://example.bitrix24.ru/rest/`. */
  clientEndpoint?: string | undefined
  memberId?: string | undefined
  scope?: string | undefined
}

/** The token URL of an OAuth server address, whether given as its origin or whole. */
export function getTokenUrl(serverUrl: string): string {
  return `${serverUrl.replace(/\/+$/, '').replace(/\/oauth\/token$/, '')}/oauth/token/`
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * Exchanges a refresh token for a new pair. Rejects with B24OAuthError on the server's refusal
 * (`invalid_grant` for a spent or expired refresh token) or an answer without tokens.
 */
export function refreshTokens(core: Core, options: OAuthServerOptions, tokens: Tokens): Promise<IssuedTokens> {
  if (!tokens.refreshToken)
    return Promise.reject(
      new core.B24OAuthError({ status: 0, code: 'invalid_request', description: 'No refresh token to renew the access token with' }),
    )
  return requestTokens(core, options, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken })
}

/**
 * Exchanges the `code` that `/oauth/authorize/` sent to the app's address for the first pair
 * (the code lives 30 seconds). Rejects like `refreshTokens`.
 */
export function exchangeCode(core: Core, options: OAuthServerOptions, code: string): Promise<IssuedTokens> {
  return requestTokens(core, options, { grant_type: 'authorization_code', code })
}

/**
 * One form-encoded POST to the token URL, the secrets in its body and never in the URL (where
 * proxies and access logs would keep them); network failures reject as fetch does.
 */
async function requestTokens(
  { B24OAuthError, defaultOAuthServerUrl }: Core,
  options: OAuthServerOptions,
  grant: Record<string, string>,
): Promise<IssuedTokens> {
  const url = getTokenUrl(options.oauthServerUrl ?? defaultOAuthServerUrl)
  const loopback = /^http:\/\/(localhost|127\.[\d.]+|\[::1\])[:/]/.test(url)
  if (!url.startsWith('https:') && !(options.allowInsecureLoopback && loopback))
    throw new TypeError(`b24kit: the OAuth server must be an HTTPS URL: ${url}`)
  const body = new URLSearchParams({ ...grant, client_id: options.clientId, client_secret: options.clientSecret })
  const res = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: body.toString(),
    redirect: 'error',
  })
  let answer: Record<string, unknown> = {}
  try {
    answer = Object(await res.json())
  } catch {
    // Not JSON: reported below as an answer without tokens.
  }
  const code = text(answer.error)
  if (code !== undefined || !res.ok)
    throw new B24OAuthError({ status: res.status, code: code ?? '', description: text(answer.error_description) ?? 'Unexpected answer' })
  const accessToken = text(answer.access_token)
  const refreshToken = text(answer.refresh_token)
  if (!accessToken || !refreshToken)
    throw new B24OAuthError({ status: res.status, code: '', description: 'The answer holds no access_token and refresh_token' })
  const expires = Number(answer.expires)
  return {
    accessToken,
    refreshToken,
    expires: Number.isFinite(expires) && expires > 0 ? expires : undefined,
    clientEndpoint: text(answer.client_endpoint),
    memberId: text(answer.member_id),
    scope: text(answer.scope),
  }
}
