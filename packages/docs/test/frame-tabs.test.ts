/**
 * The two tabs of the crm.contact.delete page that run inside a Bitrix24 page (JS with the official
 * B24Frame, and BX24.js), as written on the generated page, run in Debian's chromium inside the
 * mock's frame host: the app is served from its own loopback origin, the mock from another, as the
 * tabs' own "run it against the mock" line says. Each tab runs twice: deleted, then not found.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { type MockServer, startMockServer } from '@b24kit/mock'
import { type BrowserContext, type ConsoleMessage, chromium, type Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTabs } from './parse-yfm.js'
import { packageDir } from './paths.js'

const sdkDir = dirname(createRequire(import.meta.url).resolve('@bitrix24/b24jssdk/package.json'))
const pagePath = join(packageDir, 'generated/ru/crm-contact-delete.md')

let browser: BrowserContext
let profileDir: string
let appServer: Server
let appUrl = ''
// The app's pages may name the running mock as `%MOCK%` (the BX24 double is loaded from it).
let mockUrl = ''
const appPages = new Map<string, string>()
let sdkScript: Buffer

beforeAll(async () => {
  sdkScript = await readFile(join(sdkDir, 'dist/umd/index.min.js'))
  appServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app').pathname
    if (path === '/b24jssdk.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(sdkScript)
    const html = appPages.get(path)
    if (html) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html.replaceAll('%MOCK%', mockUrl))
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve))
  appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`
  profileDir = await mkdtemp(join(tmpdir(), 'b24kit-docs-frame-'))
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  })
  // Waits end on events; the bound only stops a hung test, so it is the test's, not playwright's 30 s.
  browser.setDefaultTimeout(100_000)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => appServer?.close(resolve))
  if (profileDir) await rm(profileDir, { recursive: true, force: true })
})

async function readTab(title: string): Promise<string> {
  const tab = readTabs(await readFile(pagePath, 'utf8')).find((t) => t.title === title)
  if (!tab?.code) throw new Error(`the page has no ${title} tab`)
  return tab.code
}

/** What the app's frame logged: each console message's type and arguments as JSON values. */
type Logged = { type: string; args: unknown[] }

/**
 * Serves `html` as the app, opens the mock's `/frame/` around it, waits for `window.ready` in the
 * app's frame, and collects what the frame logs.
 */
async function openInFrame(
  path: string,
  html: string,
): Promise<{ mock: MockServer; frame: Frame; logged: Logged[]; close: () => Promise<void> }> {
  appPages.set(path, html)
  const mock = await startMockServer({ frame: { appUrl: `${appUrl}${path}` } })
  mockUrl = mock.url
  const page = await browser.newPage()
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())
  const logged: Logged[] = []
  const pending: Promise<void>[] = []
  page.on('console', (message: ConsoleMessage) => {
    // Only the app's own lines (the host page and the mock's script log nothing on their own).
    if (!message.location().url.startsWith(appUrl) && !message.location().url.startsWith(mockUrl)) return
    // The browser's own line for a 4xx answer is not the app's.
    if (message.text().startsWith('Failed to load resource')) return
    pending.push(
      Promise.all(
        message
          .args()
          // An Error is logged as its class, message and code (its JSON value would be `{}`).
          .map((arg) =>
            arg.evaluate((value) => {
              if (!(value instanceof Error)) return value
              const code = (value as Error & { code?: unknown }).code
              return `${value.name}: ${value.message}${code ? ` [${code}]` : ''}`
            }),
          ),
      ).then((args) => {
        logged.push({ type: message.type(), args })
      }),
    )
  })
  await page.goto(mock.frameUrl as string)
  const frame = await (await page.waitForSelector('iframe#b24kit-app')).contentFrame()
  if (!frame) throw new Error('no app frame')
  await frame.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
  return {
    mock,
    frame,
    logged,
    close: async () => {
      await Promise.all(pending)
      await page.close()
      await mock.close()
    },
  }
}

describe('the crm.contact.delete tabs that run inside Bitrix24, under the frame host', () => {
  it('JS (the official B24Frame): deleted, then ERROR_CORE', async () => {
    const code = await readTab('JS')
    expect(code).toContain('await $b24.callMethod(')
    // The tab's code is the body of an async function, with `$b24` the started frame.
    const rig = await openInFrame(
      '/js-tab.html',
      `<!doctype html><meta charset="utf-8"><script src="/b24jssdk.js"></script>
<script>
window.runTab = async () => {
${code}
}
B24Js.initializeB24Frame().then((b24) => { window.$b24 = b24; window.ready = true })
</script>`,
    )
    try {
      const answers: unknown[] = []
      rig.frame.page().on('response', (response) => {
        if (response.url().includes('/rest/crm.contact.delete')) answers.push(response.json().catch(() => null))
      })
      await rig.frame.evaluate(() => (window as unknown as { runTab(): Promise<void> }).runTab())
      await rig.frame.evaluate(() => (window as unknown as { runTab(): Promise<void> }).runTab())
      const [first, second] = (await Promise.all(answers)) as [{ result: unknown }, { error: string; error_description: string }]
      expect(first.result).toBe(true)
      expect(second).toEqual({ error: 'ERROR_CORE', error_description: 'Элемент не найден' })
      expect(rig.mock.engine.store.get('contact', 50)).toBeUndefined()
      const ownLines = () => rig.logged.filter((l) => l.type === 'error' || l.type === 'info')
      await expect.poll(() => ownLines().length).toBe(2)
      const shown = ownLines().map((l) => [l.type, ...l.args])
      expect(shown).toEqual([
        // The first run: the tab reads `isSuccess` and logs `getData().result`, the bare `true`.
        ['info', true],
        // The second run: the SDK throws the portal's error, and the tab's catch logs it.
        ['error', 'Error:', expect.stringMatching(/^AjaxError: .*\[ERROR_CORE\]$/)],
      ])
      expect(rig.mock.engine.journal.filter((e) => e.transport !== 'frame').map((e) => [e.method, e.status, e.error])).toEqual([
        ['crm.contact.delete', 200, undefined],
        ['crm.contact.delete', 400, 'ERROR_CORE'],
      ])
    } finally {
      await rig.close()
    }
  })

  it('BX24.js (the BX24 double of @b24kit/mock): true, then the ERROR_CORE error', async () => {
    const code = await readTab('BX24.js')
    expect(code).toMatch(/^BX24\.callMethod\(/)
    // The double comes from the mock, in place of Bitrix24's script, as the tab's line says.
    const rig = await openInFrame(
      '/bx24-tab.html',
      `<!doctype html><meta charset="utf-8"><script src="%MOCK%/frame/bx24.js"></script>
<script>
window.runTab = () => {
${code}
}
BX24.init(() => { window.ready = true })
</script>`,
    )
    try {
      await rig.frame.evaluate(() => (window as unknown as { runTab(): void }).runTab())
      await expect.poll(() => rig.logged.length).toBe(1)
      await rig.frame.evaluate(() => (window as unknown as { runTab(): void }).runTab())
      await expect.poll(() => rig.logged.length).toBe(2)
      expect(rig.logged).toEqual([
        { type: 'info', args: [true] },
        { type: 'error', args: [{ status: 400, ex: { error: 'ERROR_CORE', error_description: 'Элемент не найден' } }] },
      ])
      expect(rig.mock.engine.store.get('contact', 50)).toBeUndefined()
    } finally {
      await rig.close()
    }
  })
})
