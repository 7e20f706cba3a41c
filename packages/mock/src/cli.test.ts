/**
 * The CLI over real HTTP on 127.0.0.1: the seed page's own cURL commands run with real curl, the
 * answers of its tables, parsing rules, flags that must be refused, and a clean stop.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { mockFlags } from './cli/flags.js'

const run = promisify(execFile)
const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url))
const packageDir = fileURLToPath(new URL('..', import.meta.url))
// node itself runs the CLI, with tsx as an in-process loader: the tsx command would put a parent
// process in between, whose signal relay gives up after 30 ms on a busy machine (exit 143).
const node = [process.execPath, '--conditions=source', '--import', 'tsx', cliPath]
const spawnCli = (args: string[]) => spawn(node[0]!, [...node.slice(1), ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] })

interface RunningCli {
  child: ChildProcess
  url: string
  webhookUrl: string
  output: () => string
}

function startCli(args: string[]): Promise<RunningCli> {
  const child = spawnCli(['--port', '0', ...args])
  let out = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /listening on (\S+)/.exec(out)?.[1]
      const webhookUrl = /webhook: (\S+)/.exec(out)?.[1]
      if (url && webhookUrl) resolve({ child, url, webhookUrl, output: () => out })
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${out}`)))
  })
}

function runCliToExit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnCli(args)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })))
}

async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-s', '-k', '-w', '\n%{http_code}', ...args])
  const cut = stdout.lastIndexOf('\n')
  return { body: stdout.slice(0, cut), status: Number(stdout.slice(cut + 1)) }
}

const resultTrue =
  /^\{"result":true,"time":\{"start":[\d.]+,"finish":[\d.]+,"duration":[\d.]+,"processing":[\d.]+,"date_start":"[^"]+","date_finish":"[^"]+","operating":[\d.]+,"operating_reset_at":[\d.]+\}\}$/

describe('b24kit-mock over HTTP', () => {
  let cli: RunningCli
  const code = 'secretcode42'
  beforeAll(async () => {
    cli = await startCli(['--webhook', `1:${code}`, '--oauth-token', 'tok123'])
  })
  afterAll(() => {
    cli.child.kill('SIGTERM')
  })

  it('prints the base URL with the real port, then the webhook URL', () => {
    expect(cli.output()).toMatch(
      /^b24kit-mock listening on http:\/\/127\.0\.0\.1:\d+\nwebhook: http:\/\/127\.0\.0\.1:\d+\/rest\/1\/secretcode42\/\n/,
    )
    expect(cli.url).not.toMatch(/:0$/)
  })

  it('runs the seed page cURL (webhook) and answers result true, then the not-found error', async () => {
    const args = [
      '-X',
      'POST',
      '-H',
      'Content-Type: application/json',
      '-H',
      'Accept: application/json',
      '-d',
      '{"ID":50}',
      `${cli.webhookUrl}crm.contact.delete`,
    ]
    const first = await curl(args)
    expect(first.status).toBe(200)
    expect(first.body).toMatch(resultTrue)
    expect(await curl(args)).toEqual({ status: 400, body: '{"error":"ERROR_CORE","error_description":"Элемент не найден"}' })
  })

  it('answers the invalid-id row byte for byte, as the page shows', async () => {
    const response = await curl([
      '-X',
      'POST',
      '-H',
      'Content-Type: application/json',
      '-d',
      '{"ID":"abc"}',
      `${cli.webhookUrl}crm.contact.delete`,
    ])
    expect(response).toEqual({ status: 400, body: '{"error":"","error_description":"ID is not defined or invalid."}' })
  })

  it('reads a GET query, a form body and a multipart body over the wire', async () => {
    for (const args of [
      [`${cli.webhookUrl}CRM.CONTACT.DELETE.json?id=12abc`],
      ['-d', 'ID=12', `${cli.webhookUrl}crm.contact.delete`],
      ['-F', 'id=12', `${cli.webhookUrl}crm.contact.delete`],
    ]) {
      // 12 is not in the store: each parse reaches the not-found row, not the invalid-id row.
      expect((await curl(args)).body).toBe('{"error":"ERROR_CORE","error_description":"Элемент не найден"}')
    }
  })

  it('answers 404 ERROR_METHOD_NOT_FOUND to an unknown method', async () => {
    expect(await curl([`${cli.webhookUrl}crm.contact.nothing`])).toEqual({
      status: 404,
      body: '{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}',
    })
  })

  it('answers INVALID_CREDENTIALS to a wrong code without echoing it', async () => {
    const response = await curl([`${cli.url}/rest/1/wrong999/crm.contact.delete?id=50`])
    expect(response).toEqual({ status: 401, body: '{"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"}' })
  })
})

describe('b24kit-mock with a seed file and OAuth', () => {
  let cli: RunningCli
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24kit-mock-'))
    const seed = join(dir, 'seed.json')
    await writeFile(seed, JSON.stringify({ contact: [{ ID: 50, NAME: 'Ivan' }, { ID: 51 }] }))
    cli = await startCli(['--seed', seed, '--oauth-token', 'tok123', '--lang', 'en'])
  })
  afterAll(() => {
    cli.child.kill('SIGINT')
  })

  it('runs the seed page cURL (OAuth) and answers result true, then the English not-found error', async () => {
    const args = [
      '-X',
      'POST',
      '-H',
      'Content-Type: application/json',
      '-H',
      'Accept: application/json',
      '-d',
      '{"ID":50,"auth":"tok123"}',
      `${cli.url}/rest/crm.contact.delete`,
    ]
    expect((await curl(args)).body).toMatch(resultTrue)
    expect(await curl(args)).toEqual({ status: 400, body: '{"error":"ERROR_CORE","error_description":"Element not found"}' })
  })

  it('holds the seed file records', async () => {
    expect((await curl(['-H', 'Authorization: Bearer tok123', `${cli.url}/rest/crm.contact.delete?id=51`])).status).toBe(200)
  })
})

describe('b24kit-mock flags', () => {
  it('answers Https required. to webhooks over HTTP with --strict-https', async () => {
    const cli = await startCli(['--strict-https'])
    try {
      expect(await curl([`${cli.webhookUrl}crm.contact.delete?id=50`])).toEqual({
        status: 400,
        body: '{"error":"INVALID_REQUEST","error_description":"Https required."}',
      })
    } finally {
      cli.child.kill('SIGTERM')
    }
  })

  it('serves HTTPS with a self-signed certificate under --https', async () => {
    const cli = await startCli(['--https'])
    try {
      expect(cli.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      expect((await curl(['-d', 'id=50', `${cli.webhookUrl}crm.contact.delete`])).body).toMatch(resultTrue)
    } finally {
      cli.child.kill('SIGTERM')
    }
  })

  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s and says so', async (signal) => {
    const cli = await startCli([])
    const exited = new Promise<number | null>((resolve) => cli.child.once('exit', (code) => resolve(code)))
    cli.child.kill(signal)
    expect(await exited).toBe(0)
    expect(cli.output()).toContain(`b24kit-mock stopped (${signal})`)
  })

  it('prints one redacted line per request with --log', async () => {
    const cli = await startCli(['--log', '--webhook', '1:logsecret9'])
    try {
      await curl(['-d', 'ID=50', `${cli.webhookUrl}crm.contact.delete`])
      await curl(['-d', 'ID=50', '-d', 'auth=tok999', `${cli.url}/rest/crm.contact.delete`])
      await vi.waitFor(
        () =>
          expect(
            cli
              .output()
              .split('\n')
              .filter((l) => l.startsWith('POST ')),
          ).toHaveLength(2),
        { timeout: 60_000, interval: 20 },
      )
      const lines = cli
        .output()
        .split('\n')
        .filter((l) => l.startsWith('POST '))
      expect(lines).toEqual([
        'POST /rest/1/[redacted]/crm.contact.delete 200 {"ID":"50"}',
        'POST /rest/crm.contact.delete 401 invalid_token {"ID":"50","auth":"[redacted]"}',
      ])
      expect(cli.output().split('webhook: ')[1]?.split('\n').slice(1).join('\n')).not.toMatch(/logsecret9|tok999/)
    } finally {
      cli.child.kill('SIGTERM')
    }
  })

  it('prints every flag of the table with its meaning and default under --help', async () => {
    const { code, stdout } = await runCliToExit(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^usage: b24kit-mock \[flags\]\n/)
    for (const [name, row] of Object.entries(mockFlags)) {
      expect(stdout).toContain(`--${name}`)
      expect(stdout).toContain(row.meaning)
    }
    expect(stdout).toContain('port to listen on; 0 picks a free one (default: 3000)')
    expect(stdout).toContain('--plan standard|enterprise|off')
  })

  it('prints its version under --version', async () => {
    const { code, stdout } = await runCliToExit(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${packageJson.version}\n`)
  })

  it('says a port in use once, without the flags help, and exits 1', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as { port: number }
    try {
      const { code, stderr } = await runCliToExit(['--port', String(port)])
      expect(code).toBe(1)
      expect(stderr).toBe(
        `b24kit-mock: cannot listen on 127.0.0.1:${port}: the port is in use (EADDRINUSE); pick another with --port, or --port 0 for a free one\n`,
      )
    } finally {
      taken.close()
    }
  })

  it('warns about a host other than loopback', async () => {
    // 192.0.2.1 is a documentation address no machine holds, so nothing listens beyond loopback:
    // listening fails after the warning (or, where non-local binds are allowed, the test stops it).
    const child = spawnCli(['--port', '0', '--host', '192.0.2.1'])
    let stderr = ''
    const warned = new Promise<void>((resolve) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes('\n')) resolve()
      })
      child.once('exit', () => resolve())
    })
    await warned
    child.kill('SIGTERM')
    expect(stderr).toMatch(/^b24kit-mock: warning: --host 192\.0\.2\.1 is not loopback/)
  })

  it.each([
    ['an unknown flag', ['--prot', '1'], "Unknown option '--prot'"],
    ['a bad plan', ['--plan', 'gold'], '--plan: expected one of standard, enterprise, off, got "gold"'],
    ['a bad port, echoing it', ['--port', 'x'], '--port: expected an integer from 0 to 65535, got "x"'],
    ['a bad language, echoing it', ['--lang', 'de'], '--lang: expected one of ru, en, got "de"'],
    ['a flag without its value', ['--seed'], "Option '--seed FILE' argument missing"],
    ['an unreadable seed file', ['--seed', '/nonexistent/seed.json'], '--seed: cannot read /nonexistent/seed.json: ENOENT'],
    ['a malformed webhook, without echoing it', ['--webhook', 'nouser'], '--webhook: expected USER:CODE'],
  ])('refuses %s with a message naming it', async (_title, args, message) => {
    const { code, stderr } = await runCliToExit(args)
    expect(code).toBe(2)
    expect(stderr).toBe(`b24kit-mock: ${stderr.slice(13).split('\n')[0]}\nRun b24kit-mock --help for the flags.\n`)
    expect(stderr).toContain(message)
    expect(stderr).not.toContain('nouser')
  })

  it('refuses a seed file with invalid JSON or an unknown entity, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'b24kit-mock-'))
    const bad = join(dir, 'bad.json')
    await writeFile(bad, '{"contact": [')
    expect((await runCliToExit(['--seed', bad])).stderr).toContain(`--seed: ${bad} is not valid JSON`)
    const unknown = join(dir, 'unknown.json')
    await writeFile(unknown, '{"planet": [{"ID": 1}]}')
    const result = await runCliToExit(['--seed', unknown, '--port', '0'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`--seed: ${unknown}: Unknown entity "planet"`)
  })
})
