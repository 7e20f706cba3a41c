/**
 * The OAuth policy's work, loaded on a client's first call with OAuth tokens (policies.ts `oauth()`),
 * so that a webhook app bundles none of it. It gets the core's classes from by-need.ts rather than
 * importing them, so no chunk is shared between it and an app's entry.
 */
import type { Core } from './by-need.js'
import type { Middleware, OAuthTokenOptions, PolicyContext, Tokens } from './policies.js'

/**
 * The OAuth middleware: sends the access token as the `auth` param. On `expired_token` (under 401 or 403), calls
 * `refresh` once however many calls hit it at once, keeps the new pair, tells `onTokens`, and
 * retries each call once; a call whose token another call's refresh already replaced just retries.
 * A failed refresh fails the call with its expired_token error, the failure (redacted) as cause;
 * a refusal of the OAuth server fails it with that B24OAuthError (`invalid_grant`...) itself.
 */
export function createOAuthMiddleware(
  { B24ApiError, B24OAuthError, describeCause }: Core,
  { refresh, onTokens, ...initial }: OAuthTokenOptions,
  { addSecret, redact }: PolicyContext,
): Middleware {
  let tokens: Tokens = { accessToken: initial.accessToken, refreshToken: initial.refreshToken }
  let pending: Promise<void> | undefined
  const renew = (expired: InstanceType<typeof B24ApiError>, used: Tokens) =>
    refresh!({ ...used })
      .then((next) => {
        addSecret(next.accessToken)
        addSecret(next.refreshToken)
        tokens = { ...next }
        onTokens?.({ ...tokens })
      })
      .catch((cause: unknown) => {
        if (cause instanceof B24OAuthError)
          throw new B24OAuthError({ status: cause.status, code: redact(cause.code), description: redact(cause.description) })
        throw new B24ApiError(expired, new Error(redact(describeCause(cause))))
      })
      .finally(() => {
        pending = undefined
      })
  return async (call, attempt) => {
    const used = tokens
    try {
      return await attempt({ ...call.params, auth: used.accessToken })
    } catch (error) {
      if (!(error instanceof B24ApiError) || error.kind !== 'expiredToken' || !refresh) throw error
      if (tokens === used) {
        pending ??= renew(error, used)
        await pending
      }
      return attempt({ ...call.params, auth: tokens.accessToken })
    }
  }
}
