/**
 * Secrets stay secret: a recognisable fake webhook code and tokens are run through every error
 * path and searched for in the message, stack, cause, JSON.stringify(error) and every log line.
 * And HTTPS is required, except to loopback when the user opts in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { B24ApiError, createBaseClient, createClient, type LogEntry } from './index.js'
import { failWith, type Portal, type Reply, startPortal } from './testing/loopback.js'

const CODE = 'canaryWEBHOOKcode0451'
const ACCESS = 'canaryACCESStoken7733'
const REFRESH = 'canaryREFRESHtoken9911'
const canaries = [CODE, ACCESS, REFRESH]

let portal: Portal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(() => portal.close())

/** Everything an error shows, recursively through its causes. */
function exposed(error: unknown): string {
  const parts: string[] = []
  for (let e = error, depth = 0; e && depth < 5; e = (e as Error).cause, depth++) {
    if (e instanceof Error) parts.push(e.message, e.stack ?? '', JSON.stringify(e), String(e))
    else parts.push(String(e), JSON.stringify(e))
  }
  return parts.join('\n')
}

/** The secrets a request carries: the webhook code in its URL, or the token in its body. */
const secretsOf = ({ url, body }: { url: string; body: Record<string, unknown> }) =>
  url.includes(CODE) ? CODE : `${String(body.auth)} ${encodeURIComponent(REFRESH)}`

const paths: [string, Parameters<Portal['script']>[0] extends infer S ? (seen: S) => Reply : never][] = [
  ['an error row', () => failWith(400, 'ERROR_CORE', 'Element not found')],
  ['a system row', () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')],
  ['a server that echoes the secrets back', (seen) => failWith(400, secretsOf(seen), `echo ${secretsOf(seen)}`)],
  ['a non-JSON answer that echoes them', (seen) => ({ status: 502, text: `<html>${secretsOf(seen)}</html>` })],
  ['a dropped connection', () => 'drop'],
  ['a timeout', () => 'hang'],
]

describe('the canary secrets', () => {
  const logs: LogEntry[] = []
  // Only a request the portal never answers needs a short timeout: there the timeout is the event
  // under test. Any other answer gets the default, so a busy machine cannot turn it into a timeout.
  const webhookClient = (timeoutMs?: number) =>
    createClient({
      webhookUrl: portal.webhook(CODE),
      allowInsecureLoopback: true,
      rateLimit: false,
      retry: false,
      ...(timeoutMs && { timeoutMs }),
      logger: (e) => logs.push(e),
    })
  const oauthClient = (timeoutMs?: number) =>
    createClient({
      oauth: {
        portalUrl: portal.origin,
        accessToken: ACCESS,
        refreshToken: REFRESH,
        refresh: async (t) => {
          throw new Error(`refresh failed for ${t.accessToken} / ${t.refreshToken}`)
        },
      },
      allowInsecureLoopback: true,
      rateLimit: false,
      retry: false,
      ...(timeoutMs && { timeoutMs }),
      logger: (e) => logs.push(e),
    })

  it.each(paths)('never show in an error from %s, by webhook or OAuth', async (title, reply) => {
    portal.script = reply
    const timeoutMs = title === 'a timeout' ? 80 : undefined
    const errors = [
      await webhookClient(timeoutMs)
        .crm.contact.delete({ id: 50 })
        .catch((e: unknown) => e),
      await oauthClient(timeoutMs)
        .crm.contact.delete({ id: 50 })
        .catch((e: unknown) => e),
    ]
    for (const error of errors) {
      expect(error).toBeInstanceOf(B24ApiError)
      for (const canary of canaries) expect(exposed(error)).not.toContain(canary)
    }
  })

  it('never show when a refresh fails with them in its message', async () => {
    portal.script = () => failWith(401, 'expired_token', 'The access token provided has expired')
    const error = await oauthClient()
      .crm.contact.delete({ id: 50 })
      .catch((e: unknown) => e)
    expect((error as Error).cause).toBeInstanceOf(Error)
    expect(exposed(error)).toContain('refresh failed for *** / ***')
    for (const canary of canaries) expect(exposed(error)).not.toContain(canary)
  })

  it('never show in validation errors, batch errors or a fetch that fails with the URL', async () => {
    const failingFetch: typeof fetch = async (url) => {
      throw new TypeError(`Failed to fetch ${String(url)}`, { cause: new Error(`at ${String(url)}`) })
    }
    const errors = [
      await webhookClient()
        .crm.contact.delete({ id: 0 })
        .catch((e: unknown) => e),
      await createClient({ webhookUrl: portal.webhook(CODE), allowInsecureLoopback: true, retry: false, fetch: failingFetch })
        .crm.contact.delete({ id: 1 })
        .catch((e: unknown) => e),
    ]
    portal.script = (seen) => ({
      json: { result: { result: [], result_error: { a: { error: secretsOf(seen), error_description: `x ${secretsOf(seen)}` } } } },
    })
    for (const client of [webhookClient(), oauthClient()])
      errors.push((await client.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } } })).errors.a)
    for (const error of errors) {
      expect(error).toBeInstanceOf(B24ApiError)
      for (const canary of canaries) expect(exposed(error)).not.toContain(canary)
    }
  })

  it('never show in a log line, and the log still says what was sent', () => {
    const lines = logs.map((entry) => JSON.stringify(entry))
    expect(lines.some((l) => l.includes('"event":"request"') && l.includes('/rest/1/***/crm.contact.delete'))).toBe(true)
    expect(logs.some((e) => e.event === 'request' && e.body.includes('"auth":"***"'))).toBe(true)
    expect(lines.some((l) => l.includes('"event":"error"'))).toBe(true)
    for (const line of lines) for (const canary of canaries) expect(line).not.toContain(canary)
  })
})

describe('HTTPS only', () => {
  it.each([
    ['plain HTTP to a remote host', 'http://example.bitrix24.ru/rest/1/CODE/', true],
    ['plain HTTP to loopback without the opt-in', 'http://127.0.0.1:9/rest/1/CODE/', false],
    ['plain HTTP to a host that only starts like loopback', 'http://127.0.0.1.example.com/rest/1/CODE/', true],
  ])('refuses %s, without showing the code', (_title, webhookUrl, allowInsecureLoopback) => {
    let error: unknown
    try {
      createBaseClient({ webhookUrl, allowInsecureLoopback })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TypeError)
    expect((error as Error).message).toContain('/rest/1/***/')
    expect((error as Error).message).not.toContain('CODE')
    // It says how a local mock over plain HTTP is allowed.
    expect((error as Error).message).toMatch(/^b24kit: needs HTTPS \(or loopback with allowInsecureLoopback\): http:/)
  })

  it('refuses a webhook URL that is not a URL without repeating it', () => {
    let error: unknown
    try {
      createBaseClient({ webhookUrl: `example.bitrix24.ru/rest/1/${CODE}/` })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TypeError)
    expect(exposed(error)).not.toContain(CODE)
  })

  it.each([
    ['HTTPS', 'https://example.bitrix24.ru/rest/1/CODE', false],
    ['HTTP to 127.0.0.1 with the opt-in', 'http://127.0.0.1:9/rest/1/CODE/', true],
    ['HTTP to localhost with the opt-in', 'http://localhost:9/rest/1/CODE/', true],
    ['HTTP to [::1] with the opt-in', 'http://[::1]:9/rest/1/CODE/', true],
  ])('accepts %s', (_title, webhookUrl, allowInsecureLoopback) => {
    expect(() => createBaseClient({ webhookUrl, allowInsecureLoopback })).not.toThrow()
  })
})
