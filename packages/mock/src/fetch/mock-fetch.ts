/**
 * A `fetch` that answers in-process from the engine: no msw, no socket. Give it to a client
 * (`createClient({ webhookUrl: portal.webhookUrl, fetch: portal.fetch })`) and every call reaches
 * the engine's dispatcher, the same one the MSW handlers and the node:http server use, and answers
 * the same Response the handlers give. The usual request (a URL string, a text body) is read from
 * fetch's arguments as they are, without building a Request and its stream; anything else goes
 * through a Request, as the MSW handlers read it.
 */
import type { MockCall, MockEngine } from '../engine.js'
import { toResponse } from '../envelope.js'
import { isOAuthPath } from '../oauth/routes.js'
import { type MockParams, parsePhpQuery, setPhpKey } from '../params.js'
import { answerOAuthRequest } from './answer-oauth.js'

/** The paths the MSW handlers answer for the engine: any origin's `/rest/...`. */
const restPath = /^\/rest\//i

// Methods a Request keeps as given (it upper-cases the standard ones it is handed in lower case).
const plainMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])

// The MIME essence as undici's formData() checks it: only then is the body read as a form.
const formType = /^[\t\n\r ]*application\/x-www-form-urlencoded[\t\n\r ]*(?:;|$)/

// Text a Request's UTF-8 round trip would change (a lone surrogate, a byte-order mark read as one).
const unsafeText = /[\uD800-\uDFFF]|^\uFEFF/

/** Reads a text body as `readParams` reads the same Request; undefined where only a Request can say. */
function readTextBody(body: string, contentType: string): MockParams | undefined {
  const type = contentType.toLowerCase()
  // An empty body reads as no parameters whatever its type, as a Request without a body does.
  if (body === '') return {}
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(body)
      // Invalid JSON, or JSON that is not an object, is read as no parameters at all.
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MockParams) : {}
    } catch {
      return {}
    }
  }
  const isForm = type.includes('application/x-www-form-urlencoded')
  if (type.includes('multipart/form-data') || (isForm && !formType.test(type))) return undefined
  if (!isForm) return {}
  const params: MockParams = {}
  for (const [key, value] of new URLSearchParams(body)) setPhpKey(params, key, value)
  return params
}

// A header value Headers keeps as it is: no NUL, CR or LF, no whitespace at either end.
const plainValue = /^(?:[^\0\r\n\t ](?:[^\0\r\n]*[^\0\r\n\t ])?)?$/
const noHeaders = { get: () => null }

/** The headers the engine reads; the client's own (lower-case names, plain values) as they are, any others through Headers. */
function readHeaders(init: HeadersInit | undefined): { get(name: string): string | null } {
  if (!init) return noHeaders
  if (Object.getPrototypeOf(init) === Object.prototype) {
    const plain = init as Record<string, unknown>
    const read = (name: string) => {
      const value = plain[name]
      return typeof value === 'string' && plainValue.test(value) ? value : undefined
    }
    if (Object.keys(plain).every((name) => (name === 'content-type' || name === 'authorization') && read(name) !== undefined))
      return { get: (name) => read(name) ?? null }
  }
  return new Headers(init)
}

/** The URL, or undefined where it does not parse (a Request then throws fetch's own error). */
function parseUrl(input: string): URL | undefined {
  try {
    return new URL(input)
  } catch {
    return undefined
  }
}

/** The call of a fetch whose arguments can be read as they are; undefined otherwise. */
function readFetchCall(input: Parameters<typeof fetch>[0], init: RequestInit | undefined): MockCall | undefined {
  if (typeof input !== 'string') return undefined
  const httpMethod = init?.method ?? 'GET'
  const body = init?.body ?? undefined
  if (!plainMethods.has(httpMethod) || (body !== undefined && typeof body !== 'string')) return undefined
  if (body !== undefined && (httpMethod === 'GET' || httpMethod === 'HEAD' || unsafeText.test(body))) return undefined
  const url = parseUrl(input)
  if (!url || url.username || url.password || !restPath.test(url.pathname)) return undefined
  const headers = readHeaders(init?.headers)
  // A text body without a content type goes as text/plain, which reads as no parameters.
  const contentType = headers.get('content-type') ?? ''
  const fromBody = body === undefined ? {} : readTextBody(body, contentType)
  if (!fromBody) return undefined
  return {
    httpMethod,
    pathname: url.pathname,
    protocol: url.protocol,
    authorization: headers.get('authorization'),
    readParams: () => ({ ...parsePhpQuery(url.searchParams), ...fromBody }),
  }
}

/** What fetch rejects with when the connection drops: a TypeError, as for a reset socket. */
function dropConnection(): never {
  throw new TypeError('fetch failed', { cause: new Error('The mock dropped the connection (fault injection)') })
}

/** Waits for a late reply, unless the caller aborts first (then rejects with the signal's reason, as fetch does). */
function awaitReply<T>(reply: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return reply
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    signal.addEventListener('abort', abort, { once: true })
    reply.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/**
 * Creates the in-process fetch of an engine: `/rest/...` on any origin goes to the engine, and with
 * `apps` registered `/oauth/authorize/` and `/oauth/token/` to its OAuth server, as the MSW handlers
 * route them. Anything else, and a connection a fault drops, rejects as a failed fetch does.
 */
export function createMockFetch(engine: MockEngine): typeof fetch {
  const { authority } = engine.applications
  return async (input, init) => {
    init?.signal?.throwIfAborted()
    const call = readFetchCall(input, init)
    if (call) {
      const reply = engine.dispatchCall(call)
      const done = reply instanceof Promise ? await awaitReply(reply, init?.signal) : reply
      return done ? toResponse(done) : dropConnection()
    }
    const request = new Request(input, init)
    const pathname = new URL(request.url).pathname
    let response: Response | null | undefined
    if (restPath.test(pathname)) response = await awaitReply(engine.dispatch(request), request.signal)
    else if (authority.apps.size > 0 && isOAuthPath(pathname)) response = await answerOAuthRequest(authority, request)
    // The path is left out of the message: a mistyped webhook URL would carry its code into it.
    else
      throw new TypeError('fetch failed', {
        cause: new Error('The mock portal answers /rest/ paths (and /oauth/ ones with apps registered) only'),
      })
    return response ?? dropConnection()
  }
}
