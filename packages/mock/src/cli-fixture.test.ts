/**
 * The CLI as a test fixture for any language (issue 12): certificates a client can verify (`--cert`,
 * `--key`, `--cert-out`) and the `--admin` control surface, driven with real curl over loopback.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSelfSignedPair } from './http/tls.js'
import { type RunningCli, runCliToExit, startCli } from './testing/cli-harness.js'

const run = promisify(execFile)

/** Real curl, verifying TLS unless told otherwise (no -k anywhere here). */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', ...args])
  const cut = stdout.lastIndexOf('\n')
  return { body: stdout.slice(0, cut), status: Number(stdout.slice(cut + 1)) }
}

const stop = (cli: RunningCli) => cli.child.kill('SIGTERM')

describe('certificates a client can verify', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'b24kit-mock-tls-'))
  })

  it('saves the generated certificate with --cert-out, prints its path, and curl --cacert verifies against it', async () => {
    const file = join(dir, 'generated.pem')
    const cli = await startCli(['--https', '--cert-out', file], /certificate: /)
    try {
      expect(cli.output()).toContain(`certificate: ${file}\n`)
      expect(await readFile(file, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/)
      expect(await curl(['--cacert', file, '-d', 'id=50', `${cli.webhookUrl}crm.contact.delete`])).toMatchObject({ status: 200 })
      // And by its other name, localhost: the certificate names both.
      const local = cli.webhookUrl.replace('127.0.0.1', 'localhost')
      expect((await curl(['--cacert', file, `${local}crm.contact.get?id=50`])).status).toBe(400)
      // Without the certificate, curl refuses the self-signed one (exit 60): verification is real.
      await expect(run('curl', ['-sS', `${cli.webhookUrl}crm.contact.get?id=50`])).rejects.toMatchObject({ code: 60 })
    } finally {
      stop(cli)
    }
  })

  it('serves the given --cert and --key', async () => {
    const pair = await createSelfSignedPair('127.0.0.1')
    const cert = join(dir, 'given.pem')
    const key = join(dir, 'given.key')
    await writeFile(cert, pair.cert)
    await writeFile(key, pair.key)
    const cli = await startCli(['--cert', cert, '--key', key], /webhook: /)
    try {
      expect(cli.url).toMatch(/^https:/)
      expect(cli.output()).not.toContain('certificate:')
      expect((await curl(['--cacert', cert, `${cli.webhookUrl}crm.contact.get?id=50`])).status).toBe(200)
    } finally {
      stop(cli)
    }
  })

  it.each([
    ['--cert without --key', ['--cert', '/tmp/x.pem'], '--cert: needs --key beside it'],
    ['--key without --cert', ['--key', '/tmp/x.key'], '--key: needs --cert beside it'],
    [
      'an unreadable certificate',
      ['--cert', '/nonexistent/c.pem', '--key', '/nonexistent/k.pem'],
      '--cert: cannot read /nonexistent/c.pem: ENOENT',
    ],
    ['--cert-out beside given files', ['--cert', '/tmp/x.pem', '--key', '/tmp/x.key', '--cert-out', '/tmp/y.pem'], '--cert-out:'],
    [
      'an unwritable --cert-out',
      ['--https', '--cert-out', '/nonexistent/dir/c.pem'],
      '--cert-out: cannot write /nonexistent/dir/c.pem: ENOENT',
    ],
  ])('refuses %s, naming the flag', async (_title, args, message) => {
    const { code, stderr } = await runCliToExit(args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })

  it('refuses a file that holds no PEM certificate', async () => {
    const bad = join(dir, 'bad.pem')
    await writeFile(bad, 'not a certificate')
    const { code, stderr } = await runCliToExit(['--cert', bad, '--key', bad])
    expect(code).toBe(2)
    expect(stderr).toContain(`--cert: ${bad} holds no PEM block`)
  })
})

describe('the --admin control surface', () => {
  let cli: RunningCli
  const code = 'admincode77'
  beforeAll(async () => {
    cli = await startCli(['--admin', '--webhook', `1:${code}`], /admin: /)
  })
  afterAll(() => stop(cli))

  const admin = (method: string, action: string, body?: string) =>
    curl([
      '-X',
      method,
      ...(body === undefined ? [] : ['-H', 'Content-Type: application/json', '-d', body]),
      `${cli.url}/_b24kit/${action}`,
    ])

  it('prints where it is', () => {
    expect(cli.output()).toContain(`admin: ${cli.url}/_b24kit/\n`)
  })

  it('loads a seed, reads the store, and resets to the start seed', async () => {
    const seed = JSON.stringify({ contact: Array.from({ length: 130 }, (_, i) => ({ ID: i + 1, NAME: `C${i + 1}` })) })
    expect(await admin('POST', 'seed', seed)).toEqual({ status: 200, body: '{"ok":true,"records":130}' })
    const list = JSON.parse((await curl([`${cli.webhookUrl}crm.contact.list`])).body) as { total: number }
    expect(list.total).toBe(130)
    const store = JSON.parse((await admin('GET', 'store')).body) as { store: { contact: unknown[] } }
    expect(store.store.contact).toHaveLength(130)
    expect(await admin('POST', 'reset')).toEqual({ status: 200, body: '{"ok":true}' })
    expect(JSON.parse((await admin('GET', 'store')).body).store.contact.map((c: { ID: number }) => c.ID)).toEqual([44, 50])
  })

  it('reads the journal with the webhook code redacted', async () => {
    await admin('POST', 'reset')
    await curl([`${cli.webhookUrl}crm.contact.get?id=50&auth=secret-token-1`])
    const { status, body } = await admin('GET', 'journal')
    expect(status).toBe(200)
    const journal = (JSON.parse(body) as { journal: { method: string; path: string }[] }).journal
    expect(journal).toHaveLength(1)
    expect(journal[0]).toMatchObject({ method: 'crm.contact.get', path: '/rest/1/[redacted]/crm.contact.get' })
    expect(body).not.toContain(code)
    expect(body).not.toContain('secret-token-1')
  })

  it.each([
    ['a bad seed', 'POST', 'seed', '[1,2]', 400, 'ADMIN_BAD_SEED'],
    ['a seed naming an unknown entity', 'POST', 'seed', '{"planet":[{"ID":1}]}', 400, 'Unknown entity'],
    ['an unknown action', 'GET', 'nothing', undefined, 404, 'ADMIN_NOT_FOUND'],
    ['the wrong HTTP method', 'GET', 'reset', undefined, 405, 'ADMIN_METHOD_NOT_ALLOWED'],
  ])('refuses %s with a clear error', async (_title, method, action, body, status, text) => {
    const answer = await admin(method, action, body)
    expect(answer.status).toBe(status)
    expect(answer.body).toContain(text)
  })

  it('is off by default: the path is no method and changes nothing', async () => {
    const plain = await startCli([], /webhook: /)
    try {
      expect(plain.output()).not.toContain('admin:')
      expect(await curl(['-X', 'POST', `${plain.url}/_b24kit/reset`])).toEqual({
        status: 404,
        body: '{"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"}',
      })
    } finally {
      stop(plain)
    }
  })
})
