/**
 * A node:http request as the engine reads it, without building a WHATWG Request: the server's hot
 * path. The path, query and parameters come out as `new URL` and `readParams` would give them;
 * where a fast reader is not sure (an unusual request target, multipart, a content type that only
 * names a form), it hands over to those reference parsers.
 */
import type { MockCall } from './engine.js'
import { type MockParams, parsePhpQuery, readParams, setPhpKey } from './params.js'

// Targets whose path and query `new URL` leaves exactly as sent: no characters it would
// percent-encode, no backslash, no fragment, no dot segment (plain or encoded), no `?` opening the query.
const plainTarget = /^\/[A-Za-z0-9\-._~!$&()*+,;=:@/%]*(?:\?(?!\?)[A-Za-z0-9\-._~!$&()*+,;=:@/%?[\]]*)?$/
const dotSegment = /\/(?:\.|%2e)/i

/** The path and query (without `?`) of a request target, as `new URL(origin + target)` gives them. */
export function splitTarget(origin: string, target: string): { pathname: string; query: string } {
  if (plainTarget.test(target)) {
    const mark = target.indexOf('?')
    const pathname = mark < 0 ? target : target.slice(0, mark)
    if (!dotSegment.test(pathname)) return { pathname, query: mark < 0 ? '' : target.slice(mark + 1) }
  }
  const url = new URL(`${origin}${target}`)
  return { pathname: url.pathname, query: url.search.slice(1) }
}

// The MIME essence as undici's formData() checks it: only then is the body read as a form.
const formType = /^[\t\n\r ]*application\/x-www-form-urlencoded[\t\n\r ]*(?:;|$)/

/** Decodes UTF-8 as Body.text() does: a leading BOM dropped, bad bytes replaced. */
function decodeText(body: Buffer): string {
  return body.toString('utf8', body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0)
}

function readJson(body: Buffer): MockParams {
  try {
    const parsed: unknown = JSON.parse(decodeText(body))
    // Invalid JSON, or JSON that is not an object, is read as no parameters at all.
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MockParams) : {}
  } catch {
    return {}
  }
}

function readForm(body: Buffer): MockParams {
  // formData() keeps a BOM (it decodes with ignoreBOM), as Buffer's decoder does.
  const params: MockParams = {}
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) setPhpKey(params, key, value)
  return params
}

/**
 * Reads every parameter of a call from its method, target, Content-Type and whole body: the query
 * first, the body's values win over it. Synchronous except for multipart bodies.
 */
export function readBodyParams(
  httpMethod: string,
  url: string,
  query: string,
  contentType: string | undefined,
  body: Buffer,
): MockParams | Promise<MockParams> {
  // URLSearchParams drops a leading `?` from a string, url.searchParams does not: a leading `&` keeps it.
  const fromQuery = query === '' ? {} : parsePhpQuery(query.startsWith('?') ? `&${query}` : query)
  // An empty body reads as no parameters whatever its type, as a Request without a body does.
  if (httpMethod === 'GET' || httpMethod === 'HEAD' || body.byteLength === 0) return fromQuery
  const type = (contentType ?? '').toLowerCase()
  if (type.includes('application/json')) return { ...fromQuery, ...readJson(body) }
  const isMultipart = type.includes('multipart/form-data')
  if (!isMultipart && !type.includes('application/x-www-form-urlencoded')) return fromQuery
  if (!isMultipart && formType.test(type)) return { ...fromQuery, ...readForm(body) }
  const request = new Request(url, { method: httpMethod, headers: { 'content-type': contentType ?? '' }, body: new Uint8Array(body) })
  return readParams(request, new URL(request.url))
}

/** Reads Content-Type and Authorization from raw headers: the first of each, as node's `req.headers` keeps. */
function findHeaders(raw: readonly string[]): { contentType: string | undefined; authorization: string | null } {
  let contentType: string | undefined
  let authorization: string | null = null
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string
    // Only two names matter; the length test skips the rest without lower-casing them.
    if (name.length === 12 && contentType === undefined && name.toLowerCase() === 'content-type') contentType = raw[i + 1]
    else if (name.length === 13 && authorization === null && name.toLowerCase() === 'authorization') authorization = raw[i + 1] ?? null
  }
  return { contentType, authorization }
}

/** One node:http request for `engine.dispatchCall`; a class, so no closure is made per request. */
export class NodeCall implements MockCall {
  readonly pathname: string
  readonly authorization: string | null
  private readonly query: string
  private readonly contentType: string | undefined

  /** `origin` is the server's own (`http://127.0.0.1:3000`), `target` the request line's (`req.url`). */
  constructor(
    readonly httpMethod: string,
    readonly protocol: string,
    private readonly origin: string,
    private readonly target: string,
    rawHeaders: readonly string[],
    private readonly body: Buffer,
  ) {
    const { pathname, query } = splitTarget(origin, target)
    this.pathname = pathname
    this.query = query
    const found = findHeaders(rawHeaders)
    this.contentType = found.contentType
    this.authorization = found.authorization
  }

  readParams(): MockParams | Promise<MockParams> {
    return readBodyParams(this.httpMethod, `${this.origin}${this.target}`, this.query, this.contentType, this.body)
  }
}
