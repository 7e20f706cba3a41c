/** The frame flags of b24kit-mock: read into host options, bad values named; and the CLI serving /frame/. */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FrameFlagError, type FrameFlags, readFrameFlags } from './cli-options.js'

describe('readFrameFlags', () => {
  it.each<[string, FrameFlags, unknown]>([
    ['no frame', {}, undefined],
    [
      'an app with defaults',
      { 'frame-app': 'http://127.0.0.1:5173/' },
      { appUrl: 'http://127.0.0.1:5173/', lang: 'en', isAdmin: true, install: false, firstRun: false },
    ],
    [
      'every option',
      {
        'frame-app': 'http://127.0.0.1:5173/',
        'frame-placement': 'CRM_CONTACT_DETAIL_TAB',
        'frame-placement-options': '{"ID":"50"}',
        'frame-not-admin': true,
        'frame-install': true,
        'frame-first-run': true,
      },
      {
        appUrl: 'http://127.0.0.1:5173/',
        lang: 'en',
        isAdmin: false,
        install: true,
        firstRun: true,
        placement: 'CRM_CONTACT_DETAIL_TAB',
        placementOptions: { ID: '50' },
      },
    ],
  ])('%s', (_title, flags, want) => {
    expect(readFrameFlags(flags, 'en')).toEqual(want)
  })

  it.each<[FrameFlags, string]>([
    [{ 'frame-placement': 'X' }, '--frame-placement: needs --frame-app URL (the app the frame host embeds)'],
    [{ 'frame-install': true }, '--frame-install: needs --frame-app URL (the app the frame host embeds)'],
    [
      { 'frame-app': 'http://a/', 'frame-placement': 'crm tab' },
      '--frame-placement: expected a placement code such as CRM_CONTACT_DETAIL_TAB, got "crm tab"',
    ],
    [
      { 'frame-app': 'http://a/', 'frame-placement-options': '[1]' },
      '--frame-placement-options: expected a JSON object such as {"ID":"50"}, got "[1]"',
    ],
    [
      { 'frame-app': 'http://a/', 'frame-placement-options': '{ID:50}' },
      '--frame-placement-options: expected a JSON object such as {"ID":"50"}, got "{ID:50}"',
    ],
  ])('refuses %j', (flags, message) => {
    expect(() => readFrameFlags(flags, 'ru')).toThrow(new FrameFlagError(message))
  })
})

describe('b24kit-mock --frame-app', () => {
  const cliPath = fileURLToPath(new URL('../cli.ts', import.meta.url))
  // As in cli.test.ts: node with tsx as a loader and the `source` condition, so workspace imports
  // (@b24kit/spec/cli-flags) resolve to their sources without a build.
  const packageDir = fileURLToPath(new URL('../..', import.meta.url))
  const runCli = (args: string[], onOutput: (out: string) => boolean) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cliPath, '--port', '0', ...args], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    return new Promise<{ out: string; code: number | null; stop: () => void }>((resolve) => {
      const read = (chunk: Buffer) => {
        out += chunk.toString()
        if (onOutput(out)) resolve({ out, code: null, stop: () => child.kill('SIGTERM') })
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.once('exit', (code) => resolve({ out, code, stop: () => {} }))
    })
  }

  it("serves the host page at /frame/ and says where; the app's REFRESH_ID works at the OAuth server", async () => {
    const cli = await runCli(['--frame-app', 'http://127.0.0.1:5173/app.html', '--frame-placement', 'CRM_CONTACT_DETAIL_TAB'], (out) =>
      /oauth: \S+/.test(out),
    )
    try {
      const frameUrl = /frame: (\S+)/.exec(cli.out)?.[1] as string
      expect(frameUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/frame\/$/)
      const html = await (await fetch(frameUrl)).text()
      expect(html).toContain(`name="${new URL(frameUrl).host}|0|`)
      expect(html).toContain('placement CRM_CONTACT_DETAIL_TAB')
      const appSid = /name="[^|"]+\|0\|([0-9a-f]+)"/.exec(html)?.[1] as string
      const command = await fetch(`${frameUrl}command`, {
        method: 'POST',
        body: JSON.stringify({ appSid, message: `getInitData:k1:${appSid}` }),
      })
      const reply = ((await command.json()) as { reply: string }).reply
      const init = JSON.parse(reply.slice('k1:'.length)) as { REFRESH_ID: string }
      const oauthUrl = /oauth: (\S+)/.exec(cli.out)?.[1] as string
      const form = { grant_type: 'refresh_token', client_id: 'local.b24kitframe.1', client_secret: 'b24kitframesecret' }
      const refreshed = await fetch(`${oauthUrl}/oauth/token/`, {
        method: 'POST',
        body: new URLSearchParams({ ...form, refresh_token: init.REFRESH_ID }),
      })
      expect(refreshed.status).toBe(200)
    } finally {
      cli.stop()
    }
  })

  it('refuses a bad app URL naming the flag, with exit code 2', async () => {
    const cli = await runCli(['--frame-app', 'ftp://example/app'], () => false)
    expect(cli.code).toBe(2)
    expect(cli.out).toContain('b24kit-mock: --frame-app: expected an http or https URL, got "ftp://example/app"')
  })
})
