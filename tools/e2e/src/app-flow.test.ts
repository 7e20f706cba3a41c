/**
 * An application end to end, as its developer would test it: a small handler server on loopback
 * (the app's address: it gets the code redirect, ONAPPINSTALL and the events), the b24kit-mock CLI
 * with `--app` and a 2-second `--token-ttl`, the code flow, `event.bind`, a deleted contact's event
 * with the app's application_token, and, once the token has expired, one refresh at the mock's
 * OAuth server through `createClient({ oauth })`. Waits are for requests the handler receives, and
 * for the token's own `expires` deadline (after it the mock cannot but refuse the token).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createClient, exchangeCode, type Tokens } from '@b24kit/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** One request the app's server received. */
interface Received {
  method: string
  path: string
  query: URLSearchParams
  form: URLSearchParams
}

/** The app's server: records every request and lets a test wait for the one it expects. */
async function startAppServer() {
  const received: Received[] = []
  const waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = []
  const server: Server = createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const url = new URL(req.url ?? '/', 'http://app.local')
    const entry = { method: req.method ?? '', path: url.pathname, query: url.searchParams, form: new URLSearchParams(body) }
    received.push(entry)
    for (const w of waiters.splice(0)) (w.test(entry) ? w.resolve : () => waiters.push(w))(entry)
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  /** Resolves with the first request, past or future, that passes `test`. */
  const next = (test: (r: Received) => boolean) =>
    new Promise<Received>((resolve) => {
      const seen = received.find(test)
      if (seen) resolve(seen)
      else waiters.push({ test, resolve })
    })
  return { origin, received, next, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Starts the mock CLI from its sources and reads the addresses it prints. */
async function startMockCli(args: string[]) {
  const child: ChildProcess = spawn(
    `${repoRoot}node_modules/.bin/tsx`,
    ['--conditions=source', `${repoRoot}packages/mock/src/cli.ts`, '--port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const urls = await new Promise<{ portal: string; oauth: string }>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const portal = /listening on (\S+)/.exec(out)?.[1]
      const oauth = /^oauth: (\S+)$/m.exec(out)?.[1]
      if (portal && oauth) resolve({ portal, oauth })
    })
    // Exit codes only: the output holds the webhook URL.
    child.once('exit', (code) => reject(new Error(`b24kit-mock exited with ${code} before listening`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { ...urls, stop }
}

/** Waits until the clock has passed a token's `expires` (Unix seconds). */
const passDeadline = (expires: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, expires * 1000 - Date.now()) + 5))

describe('an application on b24kit-mock: OAuth code flow, an event, a refresh', () => {
  const clientId = 'local.e2e.app'
  const clientSecret = randomBytes(12).toString('hex')
  let app: Awaited<ReturnType<typeof startAppServer>>
  let mock: Awaited<ReturnType<typeof startMockCli>>
  beforeAll(async () => {
    app = await startAppServer()
    mock = await startMockCli(['--app', `${clientId}:${clientSecret}:crm:${app.origin}/app`, '--token-ttl', '2'])
  })
  afterAll(async () => {
    await mock?.stop()
    await app?.close()
  })

  it('gets tokens, receives ONCRMCONTACTDELETE for contact 50 with its application_token, and refreshes once after expiry', async () => {
    // The code flow: the portal approves and sends the browser to the app with a code.
    const state = randomBytes(4).toString('hex')
    await fetch(`${mock.oauth}/oauth/authorize/?client_id=${clientId}&state=${state}`)
    const redirect = await app.next((r) => r.method === 'GET' && r.path === '/app')
    expect(redirect.query.get('state')).toBe(state)
    const server = { clientId, clientSecret, oauthServerUrl: mock.oauth, allowInsecureLoopback: true }
    const pair = await exchangeCode(server, redirect.query.get('code') ?? '')
    expect(pair.clientEndpoint).toBe(`${mock.portal}/rest/`)
    // The first authorization installed the app: ONAPPINSTALL brought its application_token.
    const install = await app.next((r) => r.method === 'POST' && r.form.get('event') === 'ONAPPINSTALL')
    const applicationToken = install.form.get('auth[application_token]')
    expect(applicationToken).toMatch(/^[0-9a-f]{32}$/)

    let current: Tokens = pair
    const seenTokens: Tokens[] = []
    let tokenRequests = 0
    const b24 = createClient({
      oauth: {
        portalUrl: pair.clientEndpoint ?? '',
        clientId,
        clientSecret,
        accessToken: pair.accessToken,
        refreshToken: pair.refreshToken,
        oauthServerUrl: mock.oauth,
        onTokens: (tokens) => {
          seenTokens.push(tokens)
          current = tokens
        },
      },
      allowInsecureLoopback: true,
      fetch: (url, init) => {
        if (String(url).startsWith(`${mock.oauth}/oauth/token/`)) tokenRequests++
        return fetch(url, init)
      },
    })

    await expect(b24.callUntyped('event.bind', { event: 'ONCRMCONTACTDELETE', handler: `${app.origin}/events` })).resolves.toBe(true)
    await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
    const event = await app.next((r) => r.path === '/events' && r.form.get('event') === 'ONCRMCONTACTDELETE')
    expect(event.method).toBe('POST')
    expect(event.form.get('data[FIELDS][ID]')).toBe('50')
    expect(event.form.get('auth[application_token]')).toBe(applicationToken)
    expect(event.form.get('auth[client_endpoint]')).toBe(`${mock.portal}/rest/`)

    // Past the token's deadline (the calls above may already have renewed it on a slow machine).
    await passDeadline(current.expires ?? pair.expires ?? 0)
    const expired = current
    const [requestsBefore, tokensBefore] = [tokenRequests, seenTokens.length]
    await expect(b24.crm.contact.add({ fields: { NAME: 'Anna' } })).resolves.toEqual(expect.any(Number))
    expect(tokenRequests - requestsBefore).toBe(1)
    expect(seenTokens.slice(tokensBefore)).toEqual([
      expect.objectContaining({
        accessToken: expect.stringMatching(/^[0-9a-f]{32}$/),
        refreshToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      }),
    ])
    expect(current.accessToken).not.toBe(expired.accessToken)
    expect(current.refreshToken).not.toBe(expired.refreshToken)
  })
})
