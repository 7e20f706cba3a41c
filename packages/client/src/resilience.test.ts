/**
 * Retries (503, 5xx, network; never 4xx), timeouts and abort, OAuth with coalesced refresh, and
 * the `time` block, against a real loopback server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { B24ApiError, type ClientOptions, createClient } from './index.js'
import { failWith, ok, type Portal, startPortal } from './testing/loopback.js'

let portal: Portal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(() => portal.close())
afterEach(() => {
  portal.seen.length = 0
})

// Each test calls with its own webhook code and counts only its own requests: a request an earlier
// test aborted or timed out can still reach the server late (on a busy machine, after that test
// ended), and must not count here.
let testNumber = 0
let code = ''
beforeEach(() => {
  code = `k9test${++testNumber}`
})
const mine = () => portal.seen.filter((s) => s.url.startsWith(`/rest/1/${code}/`))
const oauthSeen = () => portal.seen.filter((s) => s.url === '/rest/crm.contact.delete')

const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 }
const client = (options: Partial<ClientOptions> = {}) =>
  createClient({ webhookUrl: portal.webhook(code), allowInsecureLoopback: true, rateLimit: false, retry: fast, ...options })

describe('retries', () => {
  it('retries 503 QUERY_LIMIT_EXCEEDED with backoff until the call goes through', async () => {
    portal.script = (_seen, i) => (i < 2 ? failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests') : ok(true))
    await expect(client().crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(mine()).toHaveLength(3)
  })

  it.each([
    ['500 INTERNAL_SERVER_ERROR', () => failWith(500, 'INTERNAL_SERVER_ERROR', 'Internal server error')],
    ['a 502 page', () => ({ status: 502, text: 'bad gateway' })],
    ['a dropped connection', () => 'drop' as const],
  ])('retries %s', async (_title, reply) => {
    portal.script = (_seen, i) => (i === 0 ? reply() : ok(true))
    await expect(client().crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(mine()).toHaveLength(2)
  })

  it.each([
    ['the not-found row', () => failWith(400, 'ERROR_CORE', 'Element not found')],
    ['429 OPERATION_TIME_LIMIT', () => failWith(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.')],
    ['401 NO_AUTH_FOUND', () => failWith(401, 'NO_AUTH_FOUND', 'Wrong authorization data')],
  ])('never retries a 4xx: %s', async (_title, reply) => {
    portal.script = reply
    await expect(client().crm.contact.delete({ id: 50 })).rejects.toBeInstanceOf(B24ApiError)
    expect(mine()).toHaveLength(1)
  })

  it('gives up after the bounded number of retries with the last error', async () => {
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    await expect(client().crm.contact.delete({ id: 50 })).rejects.toMatchObject({ kind: 'rateLimited', errorId: 'queryLimitExceeded' })
    expect(mine()).toHaveLength(4)
  })

  it('does not retry when retry is false', async () => {
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    await expect(client({ retry: false }).crm.contact.delete({ id: 50 })).rejects.toMatchObject({ kind: 'rateLimited' })
    expect(mine()).toHaveLength(1)
  })

  it('reports a refused connection as a network error once retries are spent', async () => {
    const closed = await startPortal()
    const url = closed.webhook()
    await closed.close()
    const b24 = createClient({ webhookUrl: url, allowInsecureLoopback: true, rateLimit: false, retry: { ...fast, attempts: 1 } })
    const error = await b24.crm.contact.delete({ id: 50 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', status: 0 })
    expect((error as B24ApiError).description).toMatch(/^Network error: .*ECONNREFUSED/)
  })
})

describe('timeouts and abort', () => {
  it('fails a request with no answer within timeoutMs as a timeout, without retrying it', async () => {
    portal.script = () => 'hang'
    // Attempts are counted where the client sends them: the server may not have read a request yet
    // when a busy machine's client gives up on it.
    let attempts = 0
    const counting: typeof fetch = (input, init) => {
      attempts++
      return fetch(input, init)
    }
    const error = await client({ timeoutMs: 100, fetch: counting })
      .crm.contact.delete({ id: 50 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'timeout', status: 0, description: 'No answer within 100 ms' })
    expect(attempts).toBe(1)
  })

  it('takes a per-call timeout over the client one', async () => {
    portal.script = () => 'hang'
    await expect(client().crm.contact.delete({ id: 50 }, { timeoutMs: 50 })).rejects.toMatchObject({ kind: 'timeout' })
  })

  it("rejects with the signal's reason when the caller aborts", async () => {
    portal.script = () => 'hang'
    const controller = new AbortController()
    const call = client().crm.contact.delete({ id: 50 }, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user left')), 20)
    await expect(call).rejects.toThrow('user left')
  })

  it('aborts every call of a client through its own signal, also while waiting to retry', async () => {
    portal.script = () => failWith(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    const controller = new AbortController()
    const b24 = client({ signal: controller.signal, retry: { attempts: 5, baseDelayMs: 10_000 } })
    const call = b24.crm.contact.delete({ id: 50 })
    await vi.waitFor(() => expect(mine()).toHaveLength(1), { timeout: 60_000, interval: 5 })
    controller.abort()
    await expect(call).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('OAuth', () => {
  const oauthClient = (
    refresh: (t: { accessToken: string; refreshToken?: string | undefined }) => Promise<{ accessToken: string; refreshToken?: string }>,
    onTokens = vi.fn(),
  ) =>
    createClient({
      oauth: { portalUrl: `${portal.origin}/rest/`, accessToken: 'old-access', refreshToken: 'old-refresh', refresh, onTokens },
      allowInsecureLoopback: true,
      rateLimit: false,
      retry: false,
    })

  it('posts to /rest/<method> with the token as auth', async () => {
    portal.script = () => ok(true)
    await oauthClient(vi.fn()).crm.contact.delete({ id: 50 })
    expect(oauthSeen()[0]).toMatchObject({ url: '/rest/crm.contact.delete', body: { id: 50, auth: 'old-access' } })
  })

  it('refreshes once for concurrent expired calls, tells onTokens, and retries each once', async () => {
    portal.script = ({ body }) =>
      body.auth === 'old-access' ? failWith(401, 'expired_token', 'The access token provided has expired') : ok(true)
    const refresh = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 30))
      return { accessToken: 'new-access', refreshToken: 'new-refresh' }
    })
    const onTokens = vi.fn()
    const b24 = oauthClient(refresh, onTokens)
    const results = await Promise.all([1, 2, 3, 4, 5].map((id) => b24.crm.contact.delete({ id })))
    expect(results).toEqual([true, true, true, true, true])
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(refresh).toHaveBeenCalledWith({ accessToken: 'old-access', refreshToken: 'old-refresh' })
    expect(onTokens).toHaveBeenCalledTimes(1)
    expect(onTokens).toHaveBeenCalledWith({ accessToken: 'new-access', refreshToken: 'new-refresh' })
    expect(oauthSeen().filter((s) => s.body.auth === 'new-access')).toHaveLength(5)
    await b24.crm.contact.delete({ id: 6 })
    expect(oauthSeen().at(-1)?.body.auth).toBe('new-access')
  })

  it('treats expired_token under 403 as under 401', async () => {
    portal.script = ({ body }) => (body.auth === 'old-access' ? failWith(403, 'expired_token', 'expired') : ok(true))
    await expect(oauthClient(async () => ({ accessToken: 'fresh' })).crm.contact.delete({ id: 1 })).resolves.toBe(true)
  })

  it('retries a call only once: a second expired_token fails it', async () => {
    portal.script = () => failWith(401, 'expired_token', 'The access token provided has expired')
    const refresh = vi.fn(async () => ({ accessToken: 'still-bad' }))
    await expect(oauthClient(refresh).crm.contact.delete({ id: 1 })).rejects.toMatchObject({ kind: 'expiredToken' })
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(oauthSeen()).toHaveLength(2)
  })

  it('fails with the expired_token error, the refresh failure as its cause, when refresh throws', async () => {
    portal.script = () => failWith(401, 'expired_token', 'The access token provided has expired')
    const error = await oauthClient(async () => {
      throw new Error('refresh endpoint down')
    })
      .crm.contact.delete({ id: 1 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'expiredToken', errorId: 'expiredToken' })
    expect(((error as Error).cause as Error).message).toBe('refresh endpoint down')
  })

  it('without a refresh callback, fails with expired_token', async () => {
    portal.script = () => failWith(401, 'expired_token', 'The access token provided has expired')
    const b24 = createClient({ oauth: { portalUrl: portal.origin, accessToken: 'a' }, allowInsecureLoopback: true, retry: false })
    await expect(b24.crm.contact.delete({ id: 1 })).rejects.toMatchObject({ kind: 'expiredToken' })
  })
})

describe('the time block', () => {
  it('comes with callWithMeta and to onTime, not with the plain call', async () => {
    portal.script = () => ok(true, { operating: 3 })
    const onTime = vi.fn()
    const b24 = client({ onTime })
    await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
    const answer = await b24.callWithMeta('crm.contact.delete', { id: 50 })
    expect(answer).toMatchObject({ result: true, time: { operating: 3, duration: 0.1 } })
    expect(onTime).toHaveBeenCalledTimes(2)
    expect(onTime).toHaveBeenLastCalledWith(expect.objectContaining({ operating: 3 }), 'crm.contact.delete')
  })
})
