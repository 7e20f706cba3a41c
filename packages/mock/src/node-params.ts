/**
 * Parameters of a node:http request read from its body bytes, the way `readParams` reads a WHATWG
 * Request, without building one: the server's hot path. Multipart (and any content type the fast
 * readers do not recognise exactly) goes through `readParams` itself, so odd bodies are read by the
 * one reference parser.
 */
import { type MockParams, parsePhpQuery, readParams, setPhpKey } from './params.js'

// The MIME essence as undici's formData() checks it: only then is the body read as a form.
const formType = /^[\t\n\r ]*application\/x-www-form-urlencoded[\t\n\r ]*(?:;|$)/

/** Decodes UTF-8 as Body.text() does: a leading BOM dropped, bad bytes replaced. */
function decodeText(body: Uint8Array): string {
  const skip = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0
  return Buffer.from(body.buffer, body.byteOffset + skip, body.byteLength - skip).toString('utf8')
}

function readJson(body: Uint8Array): MockParams {
  try {
    const parsed: unknown = JSON.parse(decodeText(body))
    // Invalid JSON, or JSON that is not an object, is read as no parameters at all.
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MockParams) : {}
  } catch {
    return {}
  }
}

function readForm(body: Uint8Array): MockParams {
  // formData() keeps a BOM (it decodes with ignoreBOM), as Buffer's decoder does.
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
  const params: MockParams = {}
  for (const [key, value] of new URLSearchParams(text)) setPhpKey(params, key, value)
  return params
}

/**
 * Reads every parameter of a call from its method, URL, Content-Type and whole body: the query
 * first, the body's values win over it. Synchronous except for multipart bodies.
 */
export function readBodyParams(
  httpMethod: string,
  url: URL,
  contentType: string | undefined,
  body: Uint8Array,
): MockParams | Promise<MockParams> {
  const query = url.search === '' ? {} : parsePhpQuery(url.searchParams)
  // An empty body reads as no parameters whatever its type, as a Request without a body does.
  if (httpMethod === 'GET' || httpMethod === 'HEAD' || body.byteLength === 0) return query
  const type = (contentType ?? '').toLowerCase()
  if (type.includes('application/json')) return { ...query, ...readJson(body) }
  const isMultipart = type.includes('multipart/form-data')
  if (!isMultipart && !type.includes('application/x-www-form-urlencoded')) return query
  if (!isMultipart && formType.test(type)) return { ...query, ...readForm(body) }
  const request = new Request(url, { method: httpMethod, headers: { 'content-type': contentType ?? '' }, body: new Uint8Array(body) })
  return readParams(request, url)
}
