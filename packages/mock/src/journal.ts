/** The journal of calls the mock received, with every secret (webhook code, token) redacted. */

/** One call as the mock saw it. */
export interface JournalEntry {
  seq: number
  /** Clock time of arrival (ms). */
  at: number
  httpMethod: string
  /** The path with a webhook code replaced by `[redacted]`; for an event, the handler's URL. */
  path: string
  /** The method; `oauth.authorize` and `oauth.token.<grant>` on the OAuth server; the event's name for a delivery. */
  method: string
  /** How the call came: a REST call's credential; `frame` for a command the app posted to the frame host; `event` for one attempt to deliver an event to a handler (status 0: no answer). */
  transport: 'webhook' | 'oauth' | 'none' | 'frame' | 'event'
  userId?: number
  /** Parameters with `auth` and other token fields replaced by `[redacted]`. */
  params: Record<string, unknown>
  status: number
  /** The `error` code of an error answer. */
  error?: string
  dropped?: boolean
}

/** Marks a secret in logs, journals and snapshots. */
export const redacted = '[redacted]'

const secretKeys = new Set(['auth', 'access_token', 'refresh_token', 'client_secret', 'code', 'application_token'])

const secretInString = /\b(auth|access_token|refresh_token|client_secret|application_token)=[^&]*/g

/** Copies a value with secret fields, and `auth=` inside strings (batch commands), redacted. */
export function redactValue(value: unknown): unknown {
  // Runs on every call's parameters, so plain loops and a cheap test before the regex.
  if (typeof value === 'string') return value.includes('=') ? value.replace(secretInString, `$1=${redacted}`) : value
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(redactValue)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const item = secretKeys.has(key.toLowerCase()) ? redacted : redactValue((value as Record<string, unknown>)[key])
    // A `__proto__` key (JSON can send one) stays an own property, never the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true })
    else copy[key] = item
  }
  return copy
}

/** Replaces the code of a webhook path `/rest/USER/CODE/...` by `[redacted]`. */
export function redactPath(pathname: string): string {
  return pathname.replace(/^\/rest\/([^/]+)\/[^/]+(\/|$)/, `/rest/$1/${redacted}$2`)
}
