/**
 * The applications registered on the mock portal: their credentials, scopes, address and install
 * handler, as a local application's card in Bitrix24 holds them.
 */

/** One application, as its card on the portal holds it. */
export interface MockApp {
  /** `client_id`, such as `local.6650a1b2c3d4e5.12345678`. */
  clientId: string
  /** `client_secret`: only ever compared, never journaled or printed. */
  clientSecret: string
  /** Scopes granted (default every scope). */
  scopes?: readonly string[]
  /** The app's address: `/oauth/authorize/` redirects here with `code` (the card's `redirect_uri`). */
  redirectUri?: string
  /** Receives `ONAPPINSTALL` when a user first authorizes the app (the installation callback). */
  installHandler?: string
  /** The user `/oauth/authorize/` approves as, unless the request names one with `user_id` (default 1). */
  userId?: number
  /** The `application_token` sent with every event (default: drawn from the mock's seeded random numbers). */
  applicationToken?: string
  /** The app's `status` in the answers: `L` local (default), `F` free, `D` demo, `T` trial, `P` paid. */
  status?: 'L' | 'F' | 'D' | 'T' | 'P'
  /** The paid period is over: the OAuth server answers `PAYMENT_REQUIRED` instead of tokens. */
  paymentRequired?: boolean
}

/**
 * Reads the CLI's `--app CLIENT_ID:CLIENT_SECRET[:SCOPES[:APP_URL]]`: scopes comma-separated (empty
 * for every scope), and the app's URL, both its `redirect_uri` and its installation callback.
 * Returns an error text (naming the flag, never the secret) for a malformed value.
 */
export function parseAppFlag(value: string): MockApp | string {
  const [clientId = '', clientSecret = '', scopes = '', ...rest] = value.split(':')
  const url = rest.join(':')
  if (!/^[A-Za-z0-9._-]+$/.test(clientId) || !/^[A-Za-z0-9_-]+$/.test(clientSecret))
    return '--app: expected CLIENT_ID:CLIENT_SECRET[:SCOPES[:APP_URL]], such as local.app.1:s3cret:crm,user:http://127.0.0.1:8080/app (letters, digits, ., _ or -)'
  if (scopes !== '' && !/^[a-z0-9_]+(,[a-z0-9_]+)*$/.test(scopes))
    return `--app ${clientId}: expected scopes such as crm,user, got "${scopes}"`
  if (url !== '' && !URL.canParse(url)) return `--app ${clientId}: expected an absolute app URL, got "${url}"`
  return {
    clientId,
    clientSecret,
    ...(scopes === '' ? {} : { scopes: scopes.split(',') }),
    ...(url === '' ? {} : { redirectUri: url, installHandler: url }),
  }
}
