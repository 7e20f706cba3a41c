/**
 * The error of the Bitrix24 OAuth server (`oauth.bitrix.info`): what a refresh or a code exchange
 * answers instead of a token pair. Kept apart from B24ApiError because it is not an answer of the
 * portal's REST API and needs another remedy (authorize the user again, pay for the app...).
 */

/** The Bitrix24 OAuth server. */
export const defaultOAuthServerUrl = 'https://oauth.bitrix.info'

/** The codes the OAuth server documents; any other code it sends comes through as is. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'insufficient_scope'
  | 'PAYMENT_REQUIRED'
  | (string & {})

/** What a B24OAuthError carries; its texts never hold a client secret or a token. */
export interface B24OAuthErrorFields {
  /** The HTTP status of the OAuth server's answer. */
  status: number
  /** The `error` field: `invalid_grant` (the refresh token is spent or expired), `invalid_client`, `PAYMENT_REQUIRED`... */
  code: OAuthErrorCode
  /** The `error_description` field, or what was wrong with the answer. */
  description: string
}

/**
 * The OAuth server refused to issue tokens. Switch on `code`: `invalid_grant` means the stored
 * refresh token no longer works (run the authorization again), `invalid_client` a wrong client id
 * or secret or an app not installed, `PAYMENT_REQUIRED` an unpaid app.
 */
export class B24OAuthError extends Error {
  declare readonly status: number
  declare readonly code: OAuthErrorCode
  declare readonly description: string

  constructor(fields: B24OAuthErrorFields) {
    super(`OAuth server: ${fields.description || fields.code} (${fields.code}, ${fields.status})`)
    Object.assign(this, fields).name = 'B24OAuthError'
  }
}
