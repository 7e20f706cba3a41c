/**
 * The optional logger's work, loaded with a logging client's first request (client.ts), so that an
 * app without a logger bundles none of it. URLs and bodies pass through the transport's redaction.
 */
import type { Core } from './by-need.js'
import type { LogEntry } from './client.js'

type Logger = (entry: LogEntry) => void

const methodOf = (url: unknown) => String(url).split('/').pop() ?? ''

/** One fetch, with its request and its answer logged (redacted). */
export async function fetchLogged(
  logger: Logger,
  redact: (text: string) => string,
  send: typeof fetch,
  url: Parameters<typeof fetch>[0],
  init?: RequestInit,
): Promise<Response> {
  const started = Date.now()
  logger({ event: 'request', method: methodOf(url), url: redact(String(url)), body: redact(String(init?.body ?? '')) })
  const res = await send(url, init)
  logger({ event: 'response', method: methodOf(url), status: res.status, ms: Date.now() - started })
  return res
}

/** Logs a failed call (its error's texts are redacted already). */
export function logError({ B24ApiError }: Core, logger: Logger, error: unknown): void {
  if (error instanceof B24ApiError)
    logger({ event: 'error', method: error.method, status: error.status, code: error.code, kind: error.kind })
}
