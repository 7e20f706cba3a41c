/**
 * Wire capture: a fetch wrapper, passed as the client's `fetch` option, that records the exact
 * request each call sends and the exact answer it receives, with secrets and timings normalised
 * so the record can live in a snapshot.
 */

/** One request and its answer, as a snapshot holds them. */
export interface WireExchange {
  request: { method: string; path: string; contentType: string | null; body: unknown }
  response: { status: number; contentType: string | null; body: unknown }
}

/** The values a snapshot must never hold, each with the placeholder that replaces it. */
export type Secrets = ReadonlyArray<readonly [secret: string, placeholder: string]>

function hide(text: string, secrets: Secrets): string {
  let out = text
  // Longest first, so a secret that contains another is replaced whole.
  for (const [secret, placeholder] of [...secrets].sort((a, b) => b[0].length - a[0].length)) {
    if (secret) out = out.split(secret).join(placeholder)
  }
  return out
}

// `time` changes on every call: keep its keys and their types, not their values.
function normaliseTime(time: unknown): unknown {
  if (typeof time !== 'object' || time === null) return time
  const entries = Object.entries(time).map(([k, v]) => [k, typeof v === 'number' ? 0 : typeof v === 'string' ? '<date-time>' : v])
  return Object.fromEntries(entries)
}

function readBody(text: string, secrets: Secrets): unknown {
  const safe = hide(text, secrets)
  try {
    const json: unknown = JSON.parse(safe)
    if (typeof json === 'object' && json !== null && 'time' in json) return { ...json, time: normaliseTime(json.time) }
    return json
  } catch {
    return safe
  }
}

/**
 * A fetch that records every exchange; it sends through `send` when given (the mock's MSW handlers
 * in-process), else through the global fetch of the moment.
 */
export function createWireRecorder(secrets: Secrets, send?: typeof fetch): { fetch: typeof fetch; exchanges: WireExchange[] } {
  const exchanges: WireExchange[] = []
  const record: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const sent = await request.clone().text()
    const response = await (send ?? globalThis.fetch)(request)
    const received = await response.clone().text()
    const url = new URL(request.url)
    exchanges.push({
      request: {
        method: request.method,
        path: hide(url.pathname + url.search, secrets),
        contentType: request.headers.get('content-type'),
        body: readBody(sent, secrets),
      },
      response: { status: response.status, contentType: response.headers.get('content-type'), body: readBody(received, secrets) },
    })
    return response
  }
  return { fetch: record, exchanges }
}
