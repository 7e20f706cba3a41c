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
  // Longest first (createWireRecorder sorts them), so a secret that contains another is replaced whole.
  for (const [secret, placeholder] of secrets) {
    if (secret && out.includes(secret)) out = out.split(secret).join(placeholder)
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

/** What a request sends, read from fetch's arguments; the client passes a URL and a JSON string, read as given. */
async function readSent(input: Parameters<typeof fetch>[0], init: RequestInit | undefined) {
  if (typeof input === 'string' && (init?.body === undefined || typeof init.body === 'string')) {
    // As a Request would: a string body without a content type is sent as text/plain.
    const given = new Headers(init?.headers).get('content-type')
    const contentType = given ?? (init?.body === undefined ? null : 'text/plain;charset=UTF-8')
    return { method: (init?.method ?? 'GET').toUpperCase(), url: input, contentType, body: init?.body ?? '' }
  }
  // Anything else is read as fetch would send it, from a copy so the request can still go.
  const request = new Request(input, init)
  const body = await request.clone().text()
  return { method: request.method, url: request.url, contentType: request.headers.get('content-type'), body }
}

// Statuses whose answer has no body: a copy of such an answer must have none either.
const nullBodyStatus = new Set([101, 103, 204, 205, 304])

/**
 * How the recorder reaches the portal: a fetch, and, in-process, the text of the answer the portal
 * last gave (the body of the Response it returned), so the recorder need not read that Response
 * back and copy it; undefined where the answer came another way.
 */
export interface WireSend {
  fetch: typeof fetch
  takeAnswerText?(): string | undefined
}

/**
 * A fetch that records every exchange; it sends through `send` when given (the mock in-process),
 * else through the global fetch of the moment. An answer whose text the portal gave is handed on as
 * it came; any other is read once and handed on as a new Response of the same status, headers and
 * text (cheaper than a tee of its stream).
 */
export function createWireRecorder(secrets: Secrets, send?: WireSend): { fetch: typeof fetch; exchanges: WireExchange[] } {
  const exchanges: WireExchange[] = []
  const sorted = [...secrets].sort((a, b) => b[0].length - a[0].length)
  const record: typeof fetch = async (input, init) => {
    const sent = await readSent(input, init)
    send?.takeAnswerText?.() // none left over from a request that failed
    const response = await (send?.fetch ?? globalThis.fetch)(input, init)
    const given = send?.takeAnswerText?.()
    const received = given ?? (await response.text())
    const url = new URL(sent.url)
    exchanges.push({
      request: {
        method: sent.method,
        path: hide(url.pathname + url.search, sorted),
        contentType: sent.contentType,
        body: readBody(sent.body, sorted),
      },
      response: { status: response.status, contentType: response.headers.get('content-type'), body: readBody(received, sorted) },
    })
    if (given !== undefined) return response
    return new Response(nullBodyStatus.has(response.status) ? null : received, response)
  }
  return { fetch: record, exchanges }
}
