/**
 * The HTML page of crm.contact.delete in a real browser (Debian's chromium through playwright-core):
 * it loads without console errors, its tabs switch, and a screenshot is kept in test-artifacts/.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../src/site.js'
import { packageDir } from './paths.js'
import { serveStatic } from './serve-static.js'

// The pages the test opens, built from their generated Markdown alone: the whole site is the
// package build's to check, and this test must not grow with the methods.
const htmlDir = join(packageDir, 'test-artifacts/browser-site')
const inputDir = join(packageDir, 'test-artifacts/browser-site-input')
const opened = ['index.md', 'crm-contact-delete.md']
let browser: BrowserContext
let site: { url: string; close: () => Promise<void> }
let profileDir: string

beforeAll(async () => {
  await rm(inputDir, { recursive: true, force: true })
  for (const lang of ['en', 'ru'])
    for (const name of opened) await cp(join(packageDir, 'generated', lang, name), join(inputDir, lang, name))
  await buildSite({ generatedDir: inputDir, outDir: htmlDir })
  site = await serveStatic(htmlDir)
  profileDir = await mkdtemp(join(tmpdir(), 'b24kit-docs-chromium-'))
  // A new empty profile each run; playwright takes it as launchPersistentContext's first argument
  // (it refuses a --user-data-dir flag).
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1100, height: 1400 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  // Waits end on events; the bound only stops a hung test, so it is the test's, not playwright's 30 s.
  browser.setDefaultTimeout(100_000)
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (profileDir) await rm(profileDir, { recursive: true, force: true })
})

describe('the crm.contact.delete page in chromium', () => {
  it('loads without console errors, switches tabs, and is captured', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    // Only the loopback site is reachable: anything else would be a page asking the network.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())

    await page.goto(`${site.url}/ru/crm-contact-delete.html`, { waitUntil: 'load' })
    expect(await page.title()).toBe('Удалить контакт crm.contact.delete')

    const tabs = page.locator('.yfm-tabs').first().locator('.yfm-tab')
    expect(await tabs.count()).toBe(8)
    const activePanelText = () => page.locator('.yfm-tabs').first().locator('.yfm-tab-panel.active').textContent()
    expect(await activePanelText()).toContain('/rest/**put_your_user_id_here**/**put_your_webbhook_here**/crm.contact.delete')

    await tabs.filter({ hasText: 'TypeScript (@b24kit/client)' }).click()
    await expect.poll(activePanelText).toContain("import { createClient } from '@b24kit/client'")
    // The shown panel is the one with the client code; the cURL panel is hidden now.
    expect(await page.locator('.yfm-tab-panel', { hasText: "from '@b24kit/client'" }).first().isVisible()).toBe(true)
    expect(await page.locator('.yfm-tab-panel', { hasText: 'put_your_webbhook_here**/crm.contact.delete' }).first().isVisible()).toBe(false)
    expect(await tabs.filter({ hasText: 'TypeScript (@b24kit/client)' }).getAttribute('aria-selected')).toBe('true')

    await tabs.filter({ hasText: 'PHP CRest' }).click()
    await expect.poll(activePanelText).toContain('CRest::call(')

    await mkdir(join(packageDir, 'test-artifacts'), { recursive: true })
    await page.screenshot({ path: join(packageDir, 'test-artifacts/crm-contact-delete.ru.png'), fullPage: false })

    // The language link leads to the English page.
    await page.locator('a[hreflang="en"]').first().click()
    await page.waitForURL(/\/en\/index\.html$/)
    expect(await page.locator('h1').textContent()).toContain('Bitrix24 REST API methods')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows every column of the system errors table on a 1,280-pixel page, without scrolling it', async () => {
    const page = await browser.newPage()
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${site.url}/en/crm-contact-delete.html`, { waitUntil: 'load' })
    const table = page.locator('h3:has-text("System errors") ~ table, h3:has-text("System errors") ~ * table').first()
    await table.scrollIntoViewIfNeeded()
    const fit = await table.evaluate((node) => {
      const box = node.getBoundingClientRect()
      // The nearest box that clips the table (yfm wraps wide tables in a scrolling one).
      let clip: Element | null = node
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement
      const limit = clip ? clip.getBoundingClientRect().right : document.documentElement.clientWidth
      return {
        columns: node.querySelectorAll('tr:first-child > *').length,
        tableRight: Math.round(box.right),
        limit: Math.round(Math.min(limit, document.documentElement.clientWidth)),
        scrolls: node.scrollWidth > node.clientWidth + 1 || (clip ? clip.scrollWidth > clip.clientWidth + 1 : false),
      }
    })
    expect(fit.columns).toBe(4)
    expect(fit.scrolls).toBe(false)
    expect(fit.tableRight).toBeLessThanOrEqual(fit.limit)
    await page.screenshot({ path: join(packageDir, 'test-artifacts/system-errors-1280.en.png') })
    await page.close()
  })

  it('opens the styled method list at the site root', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/index.html`, { waitUntil: 'load' })
    await page.waitForURL(/\/en\/index\.html$/)
    expect(await page.locator('h1').textContent()).toContain('Bitrix24 REST API methods')
    expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0)
    await page.close()
  })
})
