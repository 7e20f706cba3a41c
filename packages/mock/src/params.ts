/**
 * Request parsing as the real server does it: the method and credentials from the path, then the
 * parameters from the query and the body (form, multipart or JSON), read PHP-style.
 */

/** Parameters after parsing: PHP arrays become objects, keys as sent. */
export type MockParams = Record<string, unknown>

/** What the path of a REST call says. */
export interface RestPath {
  /** Lower-case method name without the `.json` or `.xml` suffix. */
  method: string
  /** `xml` when the name ends with `.xml`: the answer is printed as XML. */
  format?: 'xml'
  /** Present on webhook paths `/rest/USER/CODE/method`. */
  webhook?: { userId: string; code: string }
}

/** Casts like PHP `(int)`: `"50"` is 50, `"12abc"` is 12, `"abc"` is 0; arrays and objects give undefined. */
export function castPhpInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^\s*[+-]?\d+/.exec(value)
    return match ? Number.parseInt(match[0], 10) : 0
  }
  return undefined
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

// The server lower-cases the name and takes an optional `.json` or `.xml` suffix.
function toMethodName(raw: string): { method: string; format?: 'xml' } {
  const name = decodePart(raw).toLowerCase()
  if (name.endsWith('.xml')) return { method: name.slice(0, -'.xml'.length), format: 'xml' }
  return { method: name.replace(/\.json$/, '') }
}

/** Reads `/rest/...` into a method name and, for webhooks, the user and code; undefined for other paths. */
export function parseRestPath(pathname: string): RestPath | undefined {
  if (!pathname.startsWith('/rest/')) return undefined
  const parts = pathname
    .slice('/rest/'.length)
    .split('/')
    .filter((p) => p !== '')
  const [first, second, third] = parts
  if (parts.length === 1 && first) return toMethodName(first)
  if (parts.length === 3 && first && second && third) {
    return { ...toMethodName(third), webhook: { userId: decodePart(first), code: decodePart(second) } }
  }
  if (parts.length === 2 && first && second) return { method: '', webhook: { userId: decodePart(first), code: decodePart(second) } }
  return undefined
}

/** Sets `a[b][]`-style keys into nested objects, as PHP fills `$_GET` and `$_POST`. */
export function setPhpKey(target: MockParams, key: string, value: unknown): void {
  const match = /^([^[]+)((?:\[[^\]]*\])*)$/.exec(key)
  if (!match?.[1] || !match[2]) {
    target[key] = value
    return
  }
  const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')]
  let node: MockParams = target
  path.forEach((part, i) => {
    const last = i === path.length - 1
    // `a[]` appends: the next free integer key, as PHP does.
    const name = part === '' ? String(Object.keys(node).filter((k) => /^\d+$/.test(k)).length) : part
    if (last) {
      node[name] = value
      return
    }
    const next = node[name]
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[name] = {}
    node = node[name] as MockParams
  })
}

/** Parses a query string PHP-style. */
export function parsePhpQuery(query: string | URLSearchParams): MockParams {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query
  const params: MockParams = {}
  for (const [key, value] of search) setPhpKey(params, key, value)
  return params
}

async function readBody(request: Request): Promise<MockParams> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (type.includes('application/json')) {
    const text = await request.text()
    try {
      const parsed: unknown = JSON.parse(text)
      // Invalid JSON, or JSON that is not an object, is read as no parameters at all.
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MockParams) : {}
    } catch {
      return {}
    }
  }
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    const params: MockParams = {}
    try {
      const form = await request.formData()
      for (const [key, value] of form) setPhpKey(params, key, typeof value === 'string' ? value : value.name)
    } catch {
      return {}
    }
    return params
  }
  return {}
}

/** Reads every parameter of a request: the query first, the body's values win over it. */
export async function readParams(request: Request, url: URL): Promise<MockParams> {
  const query = parsePhpQuery(url.searchParams)
  if (request.method === 'GET' || request.method === 'HEAD') return query
  return { ...query, ...(await readBody(request)) }
}
