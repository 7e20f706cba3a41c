/**
 * Issue 9, row 6: secrets. A canary webhook code, access token and refresh token go through every
 * client and mock path we can reach (success, each error kind, batch, deleteMany, refresh, failed
 * refresh, dropped connections, the logger, the mock's journal); so do an application's canary
 * client secret and application token, and the tokens the mock's OAuth server issues (code flow,
 * refresh at the OAuth server, its refusals, an event delivery). Then every artifact the suite and
 * the generator produce is scanned for the canaries and for the mock's default credentials.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { B24ApiError, B24OAuthError, createClient, type LogEntry, type Tokens } from '@b24kit/client'
import { createManualClock, createMockPortal, defaultAccessToken, defaultWebhookCode } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatFigure, getFigurePath, writeFullFigure } from './figures.js'
import { repoRoot } from './spec-rows.js'

const canaries = [
  'canaryWEBHOOKzq81x',
  'canaryTOKENp4m7',
  'canaryREFRESHk2j9',
  'canaryNEWTOKENv5',
  'canaryNEWREFRESHw3',
  'canaryCLIENTSECRETc8q',
  'canaryAPPTOKENa6',
]
const [code, token, refreshToken, newToken, newRefresh, clientSecret, applicationToken] = canaries as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
]
/** Tokens the mock's OAuth server issued during the run: secrets as much as the canaries. */
const issued: string[] = []
const outDir = join(repoRoot, 'tools', 'reliability', '.out')

const shown: string[] = []
/** Everything an error exposes: message, stack, cause chain, JSON, own fields. */
function expose(error: unknown): void {
  let e: unknown = error
  for (let depth = 0; e && depth < 5; depth++) {
    const x = e as Error
    shown.push(String(x.message), String(x.stack), JSON.stringify(x), JSON.stringify(Object.entries(x)))
    e = x.cause
  }
}

const portal = createMockPortal({
  webhooks: [{ userId: 1, code }],
  oauthTokens: [
    { token, userId: 1, expiresAt: 0 },
    { token: newToken, userId: 1 },
  ],
  faults: { errors: [{ method: 'crm.deal.delete', code: 'QUERY_LIMIT_EXCEEDED', rate: 1 }], drop: { rate: 1, method: 'crm.lead.delete' } },
})
const server = setupServer(...portal.handlers)
let appPortal: ReturnType<typeof createMockPortal> | undefined
const logs: LogEntry[] = []
const bodies: string[] = []
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** Every response body the mock sent, kept for the scan. */
const recordingFetch: typeof fetch = async (url, init) => {
  const response = await fetch(url, init)
  bodies.push(await response.clone().text())
  return response
}

describe('secrets through the client and the mock', () => {
  const paths: string[] = []
  /** Runs a path; its error must be a B24ApiError (a TypeError for a bad configuration). */
  const attempt = async (name: string, run: () => Promise<unknown>, errorClass: abstract new (...args: never[]) => Error = B24ApiError) => {
    paths.push(name)
    await run().then(
      (value) => shown.push(JSON.stringify(value) ?? ''),
      (error: unknown) => {
        expect(error, name).toBeInstanceOf(errorClass)
        expose(error)
      },
    )
  }

  it('the webhook client: success and every reachable error path', async () => {
    const base = {
      fetch: recordingFetch,
      logger: (e: LogEntry) => logs.push(e),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      rateLimit: false as const,
    }
    const b24 = createClient({ ...base, webhookUrl: portal.webhookUrl })
    const wrong = createClient({ ...base, webhookUrl: `https://mock.bitrix24.test/rest/1/${code}x/` })
    const timing = createClient({
      ...base,
      webhookUrl: portal.webhookUrl,
      timeoutMs: 5,
      // A portal that never answers; like fetch, it gives up when the client's signal aborts.
      fetch: (_url, init) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    })
    await attempt('success', () => b24.crm.contact.delete({ id: 50 }))
    await attempt('not found', () => b24.crm.contact.delete({ id: 50 }))
    await attempt('invalid id before sending', () => b24.crm.contact.delete({ id: -1 }))
    await attempt('invalid id from the server', () => b24.callUntyped('crm.contact.delete', { id: 'abc' }))
    await attempt('unknown method', () => b24.callUntyped('no.such.method', { id: 1 }))
    await attempt('rate limited (retried, then failed)', () => b24.crm.deal.delete({ id: 12 }))
    await attempt('dropped connection (network)', () => b24.crm.lead.delete({ id: 1 }))
    await attempt('timeout', () => timing.crm.contact.delete({ id: 1 }))
    await attempt('wrong webhook code', () => wrong.crm.contact.delete({ id: 1 }))
    await attempt('batch', () =>
      b24.batch({ a: { method: 'crm.contact.delete', params: { id: 999 } }, b: { method: 'crm.deal.delete', params: { id: 0 } } }),
    )
    await attempt('deleteMany', () => b24.deleteMany('crm.contact.delete', [1, 2, -3, 999]))
    await attempt('https refused', async () => createClient({ webhookUrl: `http://example.bitrix24.ru/rest/1/${code}/` }), TypeError)
  })

  it('the OAuth client: expired token, refresh, and a refresh that fails', async () => {
    const base = { fetch: recordingFetch, logger: (e: LogEntry) => logs.push(e), retry: false as const, rateLimit: false as const }
    const refreshed = createClient({
      ...base,
      oauth: {
        portalUrl: 'https://mock.bitrix24.test',
        accessToken: token,
        refreshToken,
        refresh: async () => ({ accessToken: newToken, refreshToken: newRefresh }),
      },
    })
    const failing = createClient({
      ...base,
      oauth: {
        portalUrl: 'https://mock.bitrix24.test',
        accessToken: token,
        refreshToken,
        refresh: async (t) => {
          throw new Error(`refresh refused for ${t.refreshToken} and ${t.accessToken}`)
        },
      },
    })
    await attempt('refresh then success', () => refreshed.crm.contact.delete({ id: 50 }))
    await attempt('after refresh: not found', () => refreshed.crm.contact.delete({ id: 50 }))
    await attempt('refresh that fails', () => failing.crm.contact.delete({ id: 1 }))
  })

  it('the application: code flow, event, refresh at the OAuth server, and its refusals', async () => {
    const clock = createManualClock()
    const app = { clientId: 'local.canary', clientSecret, applicationToken, installHandler: 'https://app.canary.test/install' }
    const delivered: string[] = []
    appPortal = createMockPortal({
      apps: [app],
      tokenTtlSeconds: 60,
      clock,
      eventFetch: async (_url, init) => {
        delivered.push(String(init?.body))
        return new Response('ok')
      },
    })
    const { authority } = appPortal.applications
    const oauthServerUrl = 'https://oauth.canary.test'
    /** The portal's /rest/ through the engine (answers kept for the scan), the OAuth server through its authority. */
    const appFetch: typeof fetch = async (url, init) => {
      const target = String(url)
      if (target.startsWith(`${oauthServerUrl}/oauth/token/`)) {
        const reply = authority.token(Object.fromEntries(new URLSearchParams(String(init?.body))), 'POST')
        const answer = JSON.parse(reply.body) as { access_token?: string; refresh_token?: string }
        for (const t of [answer.access_token, answer.refresh_token]) if (t) issued.push(t)
        return new Response(reply.body, { status: reply.status, headers: { 'content-type': 'application/json' } })
      }
      const response = await appPortal!.handle(new Request(target, init))
      bodies.push(await response.clone().text())
      return response
    }
    const authorized = JSON.parse(authority.authorize(new URLSearchParams({ client_id: app.clientId })).body) as { code: string }
    const pair = JSON.parse(
      authority.token(
        { client_id: app.clientId, client_secret: clientSecret, grant_type: 'authorization_code', code: authorized.code },
        'POST',
      ).body,
    ) as {
      access_token: string
      refresh_token: string
    }
    issued.push(pair.access_token, pair.refresh_token)
    const base = { fetch: appFetch, logger: (e: LogEntry) => logs.push(e), retry: false as const, rateLimit: false as const }
    const oauth = {
      portalUrl: 'https://mock.bitrix24.test',
      clientId: app.clientId,
      oauthServerUrl,
      accessToken: pair.access_token,
      refreshToken: pair.refresh_token,
    }
    const renewed: Tokens[] = []
    const b24 = createClient({ ...base, oauth: { ...oauth, clientSecret, onTokens: (t) => renewed.push(t) } })
    await attempt('app: event.bind', () =>
      b24.callUntyped('event.bind', { event: 'ONCRMCONTACTDELETE', handler: 'https://app.canary.test/events' }),
    )
    await attempt('app: delete firing the event', () => b24.crm.contact.delete({ id: 50 }))
    await appPortal.applications.idle()
    clock.advance(60_000)
    await attempt('app: refresh at the OAuth server, then a call', () => b24.crm.contact.list({}))
    expect(renewed).toHaveLength(1)
    // The pair the first client spent: a second client holding it is refused invalid_grant.
    const stale = createClient({ ...base, oauth: { ...oauth, clientSecret } })
    await attempt('app: spent refresh token', () => stale.crm.contact.list({}), B24OAuthError)
    const wrong = createClient({ ...base, oauth: { ...oauth, clientSecret: `${clientSecret}x` } })
    await attempt('app: wrong client secret', () => wrong.crm.contact.list({}), B24OAuthError)
    expect(delivered.filter((body) => body.includes('ONAPPINSTALL') || body.includes('ONCRMCONTACTDELETE'))).toHaveLength(2)
  })

  it('nothing shows a canary: errors, logger lines, mock answers, the journal', async () => {
    const journal = JSON.stringify([...portal.journal, ...(appPortal?.journal ?? [])])
    const everything = [...shown, ...logs.map((l) => JSON.stringify(l)), ...bodies, journal]
    await mkdir(outDir, { recursive: true })
    await writeFile(join(outDir, 'secrets-run.log'), `${everything.join('\n')}\n`)
    expect(portal.journal.length).toBeGreaterThan(10)
    expect(logs.length).toBeGreaterThan(10)
    for (const canary of canaries) expect(everything.filter((t) => t.includes(canary))).toEqual([])
    expect(issued.length).toBeGreaterThan(3)
    for (const secret of issued)
      expect(
        everything.filter((t) => t.includes(secret)),
        'an issued token',
      ).toEqual([])
  })

  /** The files the suite and the generator write. */
  async function listArtifacts(): Promise<string[]> {
    const roots = [
      'packages/client/src/generated',
      'packages/mock/src/generated',
      'packages/docs/generated',
      'packages/docs/html',
      'tools/reliability/figures',
      'tools/reliability/.out',
      'RELIABILITY.md',
    ]
    const found: string[] = []
    const walk = async (path: string, snapshotsOnly: boolean): Promise<void> => {
      const info = await stat(path).catch(() => undefined)
      if (!info) return
      if (info.isFile()) {
        if (!snapshotsOnly || path.includes('__snapshots__')) found.push(path)
        return
      }
      const name = relative(repoRoot, path)
      if (name.includes('node_modules') || name.startsWith('.git')) return
      for (const entry of await readdir(path)) await walk(join(path, entry), snapshotsOnly)
    }
    for (const root of roots) await walk(join(repoRoot, root), false)
    for (const top of ['packages', 'tools']) await walk(join(repoRoot, top), true)
    return [...new Set(found)]
  }

  it('no artifact holds a canary, the mock default credentials, or a real-looking webhook code', async () => {
    const files = await listArtifacts()
    expect(files.length).toBeGreaterThan(20)
    const hits: string[] = []
    // Webhook URLs must carry placeholders (`<code>`, `**...**`, `{webhookCode}`), never a code.
    const webhookUrl = /\/rest\/\d+\/([^/\s"'`<>*{}[\]]+)\//g
    for (const file of files) {
      // Another task may be rewriting a folder (the docs build empties html/ first): a file gone
      // since the listing is not an artifact any more; the counts below still guard an empty scan.
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined
        throw error
      })
      if (text === undefined) continue
      for (const secret of [...canaries, defaultWebhookCode, defaultAccessToken])
        if (text.includes(secret)) hits.push(`${relative(repoRoot, file)}: ${secret}`)
      for (const m of text.matchAll(webhookUrl)) hits.push(`${relative(repoRoot, file)}: webhook URL with a code (${m[1]})`)
    }
    expect(hits).toEqual([])
    // The generated packages alone are dozens of files: an empty scan must not pass as a clean one.
    expect(files.length).toBeGreaterThan(40)
    const figure = {
      row: 6,
      title: 'secrets',
      cases: paths.length,
      failures: hits.length,
      details: {
        'client and mock paths run with canaries': paths.length,
        canaries: canaries.length,
        hits: hits.length,
      },
      // How many files exist depends on which builds and tests ran before this one: kept out of the
      // committed figure, which would otherwise change with task order.
      extra: { 'artifact files scanned': files.length },
      source: 'tools/reliability/src/secrets.test.ts',
    }
    await writeFullFigure('secrets', figure)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('secrets'))
  })
})
