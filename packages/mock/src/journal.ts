/** The journal of calls the mock received, with every secret (webhook code, token) redacted. */

/** One call as the mock saw it. */
export interface JournalEntry {
  seq: number
  /** Clock time of arrival (ms). */
  at: number
  httpMethod: string
  /** The path with a webhook code replaced by `[redacted]`. */
  path: string
  method: string
  transport: 'webhook' | 'oauth' | 'none'
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

const secretKeys = new Set(['auth', 'access_token', 'refresh_token', 'client_secret', 'code'])

/** Copies a value with secret fields, and `auth=` inside strings (batch commands), redacted. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\b(auth|access_token|refresh_token)=[^&]*/g, `$1=${redacted}`)
  if (Array.isArray(value)) return value.map(redactValue)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, secretKeys.has(k.toLowerCase()) ? redacted : redactValue(v)]),
    )
  }
  return value
}

/** Replaces the code of a webhook path `/rest/USER/CODE/...` by `[redacted]`. */
export function redactPath(pathname: string): string {
  return pathname.replace(/^\/rest\/([^/]+)\/[^/]+(\/|$)/, `/rest/$1/${redacted}$2`)
}
