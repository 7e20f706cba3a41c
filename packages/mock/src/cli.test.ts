/**
 * The CLI over real HTTP on 127.0.0.1: the seed page's own cURL commands run with real curl, the
 * answers of its tables, parsing rules, flags that must be refused, and a clean stop.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url))
// tsx is a root dev dependency: take the package's or the root's bin, else PATH.
const tsx =
  ['../node_modules/.bin/tsx', '../../../node_modules/.bin/tsx']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find((p) => existsSync(p)) ?? 'tsx'

interface RunningCli {
  child: ChildProcess
  url: string
  webhookUrl: string
  output: () => string
}

function startCli(args: string[]): Promise<RunningCli> {
  const child = spawn(tsx, [cliPath, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
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

function runCliToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(tsx, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })))
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

  it('stops cleanly on SIGTERM', async () => {
    const cli = await startCli([])
    const exited = new Promise<number | null>((resolve) => cli.child.once('exit', (code) => resolve(code)))
    cli.child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it.each([
    ['an unknown flag', ['--prot', '1'], "Unknown option '--prot'"],
    ['a bad plan', ['--plan', 'gold'], '--plan: expected one of standard, enterprise, off, got "gold"'],
    ['a bad port', ['--port', 'x'], '--port: expected an integer'],
    ['an unreadable seed file', ['--seed', '/nonexistent/seed.json'], '--seed: cannot read /nonexistent/seed.json: ENOENT'],
    ['a malformed webhook, without echoing it', ['--webhook', 'nouser'], '--webhook: expected USER:CODE'],
  ])('refuses %s with a message naming it', async (_title, args, message) => {
    const { code, stderr } = await runCliToExit(args)
    expect(code).toBe(2)
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
