/**
 * Apps inside Bitrix24, in a real browser (Debian's chromium through playwright-core): the app is
 * served from its own loopback origin, the mock (with its frame host) from another, and the page
 * under test is the host at `/frame/`. The official `B24Frame` (@bitrix24/b24jssdk 2.2.0, its
 * browser build) and our BX24 double each start inside it, call the mock, and talk to the window.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createManualClock, type ManualClock } from '../clock.js'
import { createMockPortal } from '../portal.js'
import { type MockServer, startMockServer } from '../server.js'
import { createFrameHost, type FrameHostOptions } from './host.js'

const sdkDir = dirname(createRequire(import.meta.url).resolve('@bitrix24/b24jssdk/package.json'))

/** The app's pages: one starting B24Frame, one loading the BX24 double from the mock. */
function renderApp(path: string, mockUrl: string): string | undefined {
  if (path === '/b24frame-app.html')
    return `<!doctype html><meta charset="utf-8"><title>app</title><script src="/b24jssdk.js"></script>
<script>window.started = B24Js.initializeB24Frame().then((b24) => { window.$b24 = b24 })</script>`
  if (path === '/bx24-app.html')
    return `<!doctype html><meta charset="utf-8"><title>app</title><script src="${mockUrl}/frame/bx24.js"></script>
<script>BX24.init(() => { window.ready = true })</script>`
  return undefined
}

let browser: BrowserContext
let profileDir: string
let app: { server: Server; url: string }
let mockUrl = ''
let sdkScript: Buffer
let mock: MockServer | undefined
let page: Page | undefined

beforeAll(async () => {
  sdkScript = await readFile(join(sdkDir, 'dist/umd/index.min.js'))
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app').pathname
    if (path === '/b24jssdk.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(sdkScript)
    const html = renderApp(path, mockUrl)
    if (html) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  app = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  profileDir = await mkdtemp(join(tmpdir(), 'b24kit-frame-chromium-'))
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  })
  // Waits end on events (a frame, a function turning true); the bound only stops a hung test, so it
  // is the test's own, not playwright's 30 s, which a loaded machine can reach.
  browser.setDefaultTimeout(100_000)
})

afterEach(async () => {
  await page?.close()
  await mock?.close()
  page = undefined
  mock = undefined
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => app?.server.close(resolve))
  if (profileDir) await rm(profileDir, { recursive: true, force: true })
})

/** Starts the mock with its frame host around `appPath`, opens `/frame/`, and waits for the app's frame. */
async function openApp(appPath: string, frame: Partial<FrameHostOptions> = {}, clock: ManualClock = createManualClock()) {
  mock = await startMockServer({ clock, lang: 'en', frame: { appUrl: `${app.url}${appPath}`, ...frame } })
  mockUrl = mock.url
  page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  // Only the two loopback origins are reachable.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())
  await page.goto(mock.frameUrl as string)
  const appFrame = await waitForAppFrame(page)
  return { mock, page, appFrame, clock, errors }
}

async function waitForAppFrame(host: Page): Promise<Frame> {
  const handle = await host.waitForSelector('iframe#b24kit-app')
  const frame = await handle.contentFrame()
  if (!frame) throw new Error('the host page has no app frame')
  await frame.waitForLoadState('load')
  return frame
}

const frameCommands = (server: MockServer) => server.engine.journal.filter((e) => e.transport === 'frame').map((e) => e.method)

describe('the official B24Frame under the frame host', () => {
  it("runs the seed's JS call: contact 50 deleted (true), then ERROR_CORE", async () => {
    const { appFrame, mock, errors } = await openApp('/b24frame-app.html')
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    const outcome = await appFrame.evaluate(async () => {
      const { $b24 } = window as unknown as { $b24: { callMethod(m: string, p: object): Promise<{ getData(): { result: unknown } }> } }
      const first = (await $b24.callMethod('crm.contact.delete', { id: 50 })).getData().result
      const second = await $b24.callMethod('crm.contact.delete', { id: 50 }).then(
        () => 'no error',
        (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
      )
      return { first, second }
    })
    expect(outcome).toEqual({ first: true, second: 'ERROR_CORE: Element not found' })
    expect(mock.engine.store.get('contact', 50)).toBeUndefined()
    // The browser sent JSON, so each call was preceded by a preflight the mock answered before auth.
    const rest = mock.engine.journal.filter((e) => e.transport === 'oauth').map((e) => [e.method, e.status, e.error])
    expect(rest).toEqual([
      ['crm.contact.delete', 200, undefined],
      ['crm.contact.delete', 400, 'ERROR_CORE'],
    ])
    expect(frameCommands(mock)).toEqual(['getInitData'])
    expect(errors).toEqual([])
  })

  it('keeps setAppOption in the store, and the next getInitData shows it', async () => {
    const { appFrame, mock, page } = await openApp('/b24frame-app.html')
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    await appFrame.evaluate(async () => {
      const { $b24 } = window as unknown as { $b24: { options: { appSet(n: string, v: string): Promise<void> } } }
      await $b24.options.appSet('colour', 'blue')
    })
    expect(mock.engine.store.options.getApp()).toEqual({ colour: 'blue' })
    // A new start of the app: getInitData again, from a fresh host page.
    await page.reload()
    const reopened = await waitForAppFrame(page)
    await reopened.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    const colour = await reopened.evaluate(() => {
      const { $b24 } = window as unknown as { $b24: { options: { appGet(n: string): string } } }
      return $b24.options.appGet('colour')
    })
    expect(colour).toBe('blue')
    expect(frameCommands(mock)).toEqual(['getInitData', 'setAppOption', 'getInitData'])
  })

  it('records resizeWindow in the journal and resizes the iframe', async () => {
    const { appFrame, mock, page } = await openApp('/b24frame-app.html')
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    await appFrame.evaluate(async () => {
      const { $b24 } = window as unknown as { $b24: { parent: { resizeWindow(w: number, h: number): Promise<unknown> } } }
      await $b24.parent.resizeWindow(640, 480)
    })
    expect(mock.engine.journal.find((e) => e.method === 'resizeWindow')).toMatchObject({
      transport: 'frame',
      params: { width: 640, height: 480 },
      status: 200,
    })
    await expect.poll(() => page.locator('iframe#b24kit-app').evaluate((el) => (el as HTMLElement).style.height)).toBe('480px')
  })

  it('refreshes an expired token through refreshAuth and retries the call', async () => {
    const clock = createManualClock()
    const { appFrame, mock } = await openApp('/b24frame-app.html', {}, clock)
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    // The token expires on the mock's clock; the app's own clock still thinks it is fresh.
    clock.advance(3_601_000)
    const name = await appFrame.evaluate(async () => {
      const { $b24 } = window as unknown as {
        $b24: { callMethod(m: string, p: object): Promise<{ getData(): { result: { NAME: string } } }> }
      }
      return (await $b24.callMethod('crm.contact.get', { id: 50 })).getData().result.NAME
    })
    expect(name).toBe('Ivan')
    const calls = mock.engine.journal.map((e) => [e.transport, e.method, e.status, e.error])
    expect(calls).toEqual([
      ['frame', 'getInitData', 200, undefined],
      ['none', 'crm.contact.get', 401, 'expired_token'],
      ['frame', 'refreshAuth', 200, undefined],
      ['oauth', 'crm.contact.get', 200, undefined],
    ])
  })

  it('ends install mode with installFinish: the app restarts out of it', async () => {
    const { appFrame, mock, page } = await openApp('/b24frame-app.html', { install: true })
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    expect(await appFrame.evaluate(() => (window as unknown as { $b24: { isInstallMode: boolean } }).$b24.isInstallMode)).toBe(true)
    // The host reloads the app: wait for that navigation (an event), not for a time.
    const navigated = page.waitForEvent('framenavigated', (f) => f.parentFrame() !== null)
    await appFrame.evaluate(() => {
      void (window as unknown as { $b24: { installFinish(): Promise<unknown> } }).$b24.installFinish()
    })
    await navigated
    const reloaded = await waitForAppFrame(page)
    await reloaded.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    // The new start has read its init data (B24Frame resolves only after it), and INSTALL is false now.
    expect(frameCommands(mock)).toEqual(['getInitData', 'setInstallFinish', 'getInitData'])
    expect(await reloaded.evaluate(() => (window as unknown as { $b24: { isInstallMode: boolean } }).$b24.isInstallMode)).toBe(false)
  })
})

/** The part of the BX24 double these tests drive, as the page sees it. */
interface Bx24Result {
  data(): unknown
  error(): unknown
}
interface Bx24Double {
  callMethod(method: string, params: object, callback: (result: Bx24Result) => void): void
  callBatch(calls: object, callback: (results: Record<string, Bx24Result>) => void): void
  getAuth(): false | { domain: string; access_token: string }
  refreshAuth(callback: (auth: unknown) => void): void
  resizeWindow(width: number, height: number, callback: () => void): void
  placement: { info(): unknown }
}
type Bx24Window = { BX24: Bx24Double; ready?: boolean }

describe('the BX24 double under the frame host', () => {
  it('calls methods and batches, and reads the launch', async () => {
    const { appFrame, mock } = await openApp('/bx24-app.html', { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '50' } })
    await appFrame.waitForFunction(() => (window as unknown as Bx24Window).ready === true)
    const seen = await appFrame.evaluate(async () => {
      const { BX24 } = window as unknown as Bx24Window
      const call = (method: string, params: object) =>
        new Promise((resolve) =>
          BX24.callMethod(method, params, (result) => resolve({ data: result.data(), error: result.error() && String(result.error()) })),
        )
      const first = await call('crm.contact.delete', { id: 50 })
      const second = await call('crm.contact.delete', { id: 50 })
      const batch = await new Promise((resolve) =>
        BX24.callBatch(
          // Both call forms; no $result reference (encoded ones are issue 12's mend of the mock's batch).
          { add: ['crm.contact.add', { fields: { NAME: 'Anna' } }], get: { method: 'crm.contact.get', params: { id: 51 } } },
          (results) =>
            resolve({
              add: results.add?.data(),
              get: (results.get?.data() as { NAME?: string } | undefined)?.NAME ?? String(results.get?.error()),
            }),
        ),
      )
      const auth = BX24.getAuth()
      return {
        first,
        second,
        batch,
        placement: BX24.placement.info(),
        auth: auth && { domain: auth.domain, token: auth.access_token },
      }
    })
    expect(seen).toEqual({
      first: { data: true, error: undefined },
      second: { data: undefined, error: 'ERROR_CORE: Element not found (400)' },
      batch: { add: 51, get: 'Anna' },
      placement: { placement: 'CRM_CONTACT_DETAIL_TAB', options: { ID: '50' } },
      auth: { domain: new URL(mock.url).host, token: expect.stringMatching(/^[0-9a-f]{32}$/) },
    })
    // The frame's token is one the OAuth server issued, to the app the host shows.
    expect(mock.engine.applications.authority.lookup(seen.auth ? seen.auth.token : '')?.clientId).toBe('local.b24kitframe.1')
  })

  it('resizes through the window, and refreshes an expired token', async () => {
    const clock = createManualClock()
    const { appFrame, mock } = await openApp('/bx24-app.html', {}, clock)
    await appFrame.waitForFunction(() => (window as unknown as Bx24Window).ready === true)
    await appFrame.evaluate(() => new Promise<void>((resolve) => (window as unknown as Bx24Window).BX24.resizeWindow(800, 300, resolve)))
    clock.advance(3_601_000)
    const name = await appFrame.evaluate(
      () =>
        new Promise((resolve) =>
          (window as unknown as Bx24Window).BX24.callMethod('crm.contact.get', { id: 50 }, (r) =>
            resolve((r.data() as { NAME: string }).NAME),
          ),
        ),
    )
    expect(name).toBe('Ivan')
    const refreshed = await appFrame.evaluate(
      () => new Promise<boolean>((resolve) => (window as unknown as Bx24Window).BX24.refreshAuth((auth) => resolve(auth !== false))),
    )
    expect(refreshed).toBe(true)
    expect(mock.engine.journal.map((e) => [e.transport, e.method, e.status])).toEqual([
      ['frame', 'getInitData', 200],
      ['frame', 'resizeWindow', 200],
      ['none', 'crm.contact.get', 401],
      ['frame', 'refreshAuth', 200],
      ['oauth', 'crm.contact.get', 200],
      ['frame', 'refreshAuth', 200],
    ])
    expect(mock.engine.journal[1]?.params).toEqual({ width: 800, height: 300 })
  })
})

describe('the frame host in-process, without a server', () => {
  it('answers a browser through page.route: no server, the app and the portal on ports nothing listens on', async () => {
    const portal = createMockPortal({ lang: 'en' })
    const host = createFrameHost(portal, { appUrl: 'http://127.0.0.1:8/b24frame-app.html', placement: 'CRM_CONTACT_DETAIL_TAB' })
    page = await browser.newPage()
    // The app is answered in this process too: a routed page may not frame a real loopback server
    // (chromium's local network access checks count a routed answer as public).
    await page.route('http://127.0.0.1:8/**', (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/b24jssdk.js') return route.fulfill({ contentType: 'text/javascript', body: sdkScript })
      return route.fulfill({ contentType: 'text/html', body: renderApp(path, '') ?? '' })
    })
    // Port 9 has no server either: the portal's requests are answered here, the host's paths by the
    // host, the rest (REST calls, preflights) by the portal's engine.
    await page.route('http://127.0.0.1:9/**', async (route) => {
      const sent = route.request()
      const body = sent.postDataBuffer()
      const request = new Request(sent.url(), {
        method: sent.method(),
        headers: await sent.allHeaders(),
        body: body && new Uint8Array(body),
      })
      const response = host.owns(new URL(sent.url()).pathname) ? await host.dispatch(request) : await portal.handle(request)
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      })
    })
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())
    await page.goto('http://127.0.0.1:9/frame/')
    const appFrame = await waitForAppFrame(page)
    await appFrame.waitForFunction(() => (window as unknown as { $b24?: unknown }).$b24 !== undefined)
    const seen = await appFrame.evaluate(async () => {
      const { $b24 } = window as unknown as {
        $b24: { placement: { placement: string }; callMethod(m: string, p: object): Promise<{ getData(): { result: unknown } }> }
      }
      return { placement: $b24.placement.placement, deleted: (await $b24.callMethod('crm.contact.delete', { id: 50 })).getData().result }
    })
    expect(seen).toEqual({ placement: 'CRM_CONTACT_DETAIL_TAB', deleted: true })
    expect(portal.journal.map((e) => [e.transport, e.method, e.status])).toEqual([
      ['frame', 'getInitData', 200],
      ['oauth', 'crm.contact.delete', 200],
    ])
  })
})
