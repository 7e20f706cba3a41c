/**
 * fast-check arbitraries for requests to the mock: method names in any casing with and without
 * `.json`, unknown methods, every credential shape, parameters with odd ids in every encoding (GET
 * query, form, multipart, JSON, broken JSON), batches, huge and empty bodies, odd headers.
 */
import fc from 'fast-check'

/** The webhook code and token of the mock's default portal, and the second, limited user's. */
export const fuzzCredentials = {
  code: 'b24kitmockcode',
  token: 'b24kit-mock-token',
  user2Code: 'limitedcode',
  scopedToken: 'user-scope-token',
  expiredToken: 'old-token',
}

/** A parameter value as a client might send it. */
export type FuzzValue = string | number | boolean | null | FuzzValue[] | { [key: string]: FuzzValue }

/** How the parameters travel. */
export type FuzzEncoding = 'query' | 'form' | 'multipart' | 'json' | 'broken-json' | 'raw' | 'none'

/** One generated request, before it is put on a wire. */
export interface FuzzRequest {
  /** Index into the portals a test sets up. */
  portal: number
  httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD'
  /** `/rest/...` path, already URL-safe. */
  path: string
  /** The method name as the server will read it: lower case, no `.json`. */
  method: string
  params: [string, FuzzValue][]
  encoding: FuzzEncoding
  /** Appended to the body (or query) to make it large: so many bytes of padding. */
  padding: number
  /** A content type that lies about the body, or undefined to use the encoding's own. */
  contentType?: string
  headers: [string, string][]
  /** How a broken JSON body breaks. */
  breakAt: number
}

/** Odd ids the brief names, and their neighbours. */
const oddIds: FuzzValue[] = [
  '50',
  '12abc',
  -1,
  1e9,
  [],
  {},
  null,
  'abc',
  0,
  '0',
  1.5,
  '1.5',
  ' 7',
  '+8',
  '-3',
  '0x10',
  '1e3',
  true,
  false,
  '',
  '99999999999999999999',
  2 ** 53,
  'NaN',
]

const scalar: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...oddIds) },
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 90 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 80 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
)

/** An id-like value: mostly scalars, sometimes arrays and objects of them. */
export const fuzzValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'ID', '0', 'x y'), scalar, { maxKeys: 2 }) },
)

const idKey = fc.constantFrom('id', 'ID', 'Id', 'iD', 'id', 'ID', 'fields', 'params', 'filter[ID]', 'x')

/** A `"method?query"` batch command, sometimes hostile (nested batch, references, junk). */
const batchCommand = (methods: readonly string[]): fc.Arbitrary<FuzzValue> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.mixedCase(fc.constantFrom(...methods)), fc.constantFrom('', '.json'), fuzzValue)
        .map(([m, s, v]) => `${m}${s}?${toQueryString([['id', v]], 0)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'batch?cmd[0]=crm.contact.delete%3Fid%3D5',
        'crm.contact.delete?id=$result[0]',
        'crm.contact.delete?id=$result[a][ID]',
        'unknown.method?id=1',
        '',
        '?',
        'crm.contact.delete',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.integer() },
  )

const batchParams = (methods: readonly string[]): fc.Arbitrary<[string, FuzzValue][]> =>
  fc
    .tuple(
      fc.oneof(
        fc.array(batchCommand(methods), { maxLength: 60 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', '0', '1', 'x y', 'e'), batchCommand(methods), { maxKeys: 8 }),
        scalar,
      ),
      fc.option(fc.constantFrom<FuzzValue>(true, 1, 'Y', 'N', 0, 'true', 'abc'), { nil: undefined }),
    )
    .map(([cmd, halt]) =>
      halt === undefined
        ? [['cmd', cmd]]
        : [
            ['cmd', cmd],
            ['halt', halt],
          ],
    )

/** Method names: the specs' methods and batch in any casing, with or without a suffix, and junk. */
const methodName = (methods: readonly string[]) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.mixedCase(fc.constantFrom(...methods)), fc.constantFrom('', '', '.json', '.JSON', '.xml'))
        .map(([m, s]) => m + s),
    },
    { weight: 2, arbitrary: fc.tuple(fc.mixedCase(fc.constant('batch')), fc.constantFrom('', '.json')).map(([m, s]) => m + s) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'crm.contact.get',
        'crm.contact.deletex',
        'profile',
        'crm..delete',
        '.json',
        'BATCH.JSON.JSON',
        'a%2e%2eb',
        'crm%2Econtact%2Edelete',
      ),
    },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 16 }).map(encodeURIComponent) },
  )

/** Where the credentials go. */
const credential = fc.constantFrom(
  'webhook',
  'webhook',
  'webhook',
  'webhook',
  'webhook',
  'webhook',
  'oauth-param',
  'bearer',
  'wrong-code',
  'user2',
  'oauth-param',
  'bearer',
  'expired',
  'scoped',
  'none',
  'odd-path',
)

function readMethod(name: string): string {
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {}
  return decoded.toLowerCase().replace(/\.json$/, '')
}

/** A content type that may disagree with the body. */
const oddContentType = fc.constantFrom(
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/json',
  'application/x-www-form-urlencoded; charset=UTF-8',
  'multipart/form-data',
  'multipart/form-data; boundary=nope',
  'text/plain',
  '',
  'application/xml',
  'application/json, application/x-www-form-urlencoded',
)

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 })
const oddHeader: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.stringMatching(/^x-[a-z0-9-]{1,12}$/), headerValue),
  fc.tuple(
    fc.constantFrom('authorization', 'Authorization'),
    fc.constantFrom('Bearer ', 'Bearer', 'bearer x', 'Basic Zm9vOmJhcg==', `Bearer ${fuzzCredentials.token}x`),
  ),
  fc.tuple(fc.constantFrom('accept', 'accept-language', 'x-forwarded-for', 'cookie', 'user-agent'), headerValue),
)

/** Any request; `portals` is how many portal setups the test has, `methods` the specs' method names. */
export function fuzzRequest(portals: number, methods: readonly string[], hugePadding = 300_000): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      portal: fc.nat({ max: portals - 1 }),
      httpMethod: fc.constantFrom<FuzzRequest['httpMethod']>('POST', 'POST', 'POST', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
      name: methodName(methods),
      credential,
      idParams: fc.array(fc.tuple(idKey, fuzzValue), { maxLength: 3 }),
      batch: batchParams(methods),
      encoding: fc.constantFrom<FuzzEncoding>('query', 'form', 'form', 'multipart', 'json', 'json', 'broken-json', 'raw', 'none'),
      padding: fc.oneof(
        { weight: 30, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constant(hugePadding) },
        { weight: 2, arbitrary: fc.nat({ max: 2000 }) },
      ),
      contentType: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: oddContentType }),
      headers: fc.array(oddHeader, { maxLength: 3 }),
      breakAt: fc.nat({ max: 1000 }),
    })
    .map((r): FuzzRequest => {
      const method = readMethod(r.name)
      const params: [string, FuzzValue][] = method === 'batch' ? [...r.batch] : [...r.idParams]
      const headers = [...r.headers]
      let path = `/rest/1/${fuzzCredentials.code}/${r.name}`
      if (r.credential === 'wrong-code') path = `/rest/1/${fuzzCredentials.code}x/${r.name}`
      else if (r.credential === 'user2') path = `/rest/2/${fuzzCredentials.user2Code}/${r.name}`
      else if (r.credential === 'odd-path') path = `/rest/1/${fuzzCredentials.code}/extra/${r.name}`
      else if (r.credential !== 'webhook') path = `/rest/${r.name}`
      if (r.credential === 'oauth-param') params.push(['auth', fuzzCredentials.token])
      if (r.credential === 'expired') params.push(['auth', fuzzCredentials.expiredToken])
      if (r.credential === 'scoped') params.push(['auth', fuzzCredentials.scopedToken])
      if (r.credential === 'bearer') headers.push(['authorization', `Bearer ${fuzzCredentials.token}`])
      return {
        portal: r.portal,
        httpMethod: r.httpMethod,
        path,
        method,
        params,
        encoding: r.encoding,
        padding: r.padding,
        contentType: r.contentType,
        headers,
        breakAt: r.breakAt,
      }
    })
}

/** PHP-style `key[a][]=v` pairs of a value. */
export function toPhpPairs(key: string, value: FuzzValue, out: [string, string | null][] = []): [string, string | null][] {
  if (value === null) out.push([key, null])
  else if (Array.isArray(value)) for (const v of value) toPhpPairs(`${key}[]`, v, out)
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) toPhpPairs(`${key}[${k}]`, v, out)
  else out.push([key, typeof value === 'boolean' ? (value ? '1' : '') : String(value)])
  return out
}

function toQueryString(params: [string, FuzzValue][], padding: number): string {
  const pairs = params.flatMap(([k, v]) => toPhpPairs(k, v))
  if (padding > 0) pairs.push(['pad', 'p'.repeat(padding)])
  // A null value is sent as a bare key (`id`), which PHP reads as an empty string.
  return pairs.map(([k, v]) => (v === null ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&')
}

/** A request ready for any transport: method, path with query, headers and body bytes. */
export interface WireRequest {
  httpMethod: string
  pathAndQuery: string
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer> | null
}

/** Encodes a generated request; GET and HEAD keep their parameters in the query and send no body. */
export async function toWireRequest(r: FuzzRequest): Promise<WireRequest> {
  const bodyless = r.httpMethod === 'GET' || r.httpMethod === 'HEAD'
  const headers: [string, string][] = [...r.headers]
  const encoding: FuzzEncoding = bodyless && r.encoding !== 'none' ? 'query' : r.encoding
  let query = ''
  let body: Uint8Array<ArrayBuffer> | null = null
  let type: string | undefined
  const text = (s: string) => new TextEncoder().encode(s)
  if (encoding === 'query') query = toQueryString(r.params, r.padding)
  else if (encoding === 'form') {
    body = text(toQueryString(r.params, r.padding))
    type = 'application/x-www-form-urlencoded'
  } else if (encoding === 'json' || encoding === 'broken-json') {
    const object = Object.fromEntries(r.params)
    if (r.padding > 0) object.pad = 'p'.repeat(r.padding)
    let json = JSON.stringify(object)
    // Broken JSON: cut it short, or add a stray token, as a buggy client would.
    if (encoding === 'broken-json')
      json = r.breakAt % 3 === 0 ? json.slice(0, r.breakAt % (json.length + 1)) : r.breakAt % 3 === 1 ? `${json},` : json.replace(/"/g, "'")
    body = text(json)
    type = 'application/json'
  } else if (encoding === 'multipart') {
    const form = new FormData()
    for (const [k, v] of r.params.flatMap(([k, v]) => toPhpPairs(k, v))) form.append(k, v ?? '')
    if (r.padding > 0) form.append('pad', new Blob(['p'.repeat(r.padding)]), 'pad.txt')
    const encoded = new Request('http://encode.invalid/', { method: 'POST', body: form })
    body = new Uint8Array(await encoded.arrayBuffer())
    type = encoded.headers.get('content-type') ?? undefined
  } else if (encoding === 'raw') {
    body = text(`${r.params.map(([k, v]) => `${k}:${JSON.stringify(v)}`).join(';')}${'p'.repeat(r.padding)}`)
    type = 'text/plain'
  }
  const contentType = r.contentType ?? type
  if (contentType !== undefined && contentType !== '') headers.push(['content-type', contentType])
  return { httpMethod: r.httpMethod, pathAndQuery: query ? `${r.path}?${query}` : r.path, headers, body: bodyless ? null : body }
}
