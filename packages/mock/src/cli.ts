#!/usr/bin/env node
/** `b24kit-mock`: the mock portal over HTTP(S) for tests in any language. */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { isSeedShape } from './admin/seed.js'
import type { MockOAuthToken, MockWebhook } from './auth.js'
import { defaultWebhookCode } from './engine.js'
import type { PortalLang } from './envelope.js'
import { loadTls, TlsSourceError } from './http/tls.js'
import type { MockPlan } from './limits.js'
import { type MockServerOptions, startMockServer } from './server.js'
import { type MockSeed, MockSeedError } from './store.js'

const usage = `usage: b24kit-mock [--port 3000] [--host 127.0.0.1] [--seed seed.json] [--webhook USER:CODE]...
                   [--oauth-token TOKEN]... [--plan standard|enterprise|off] [--lang ru|en] [--https] [--strict-https]
                   [--cert FILE --key FILE] [--cert-out FILE] [--admin]
  --cert, --key  serve HTTPS with this PEM certificate and key (default: a fresh self-signed one under --https)
  --cert-out     serve HTTPS, save the generated certificate to FILE and print its path, for clients to trust (default: not saved)
  --admin        serve the control surface under /_b24kit/: reset, seed, journal, store (default: off)`

/** A problem with the command line or its files: printed with the usage, exit code 2. */
class UsageError extends Error {}

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '3000' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string' },
        webhook: { type: 'string', multiple: true },
        'oauth-token': { type: 'string', multiple: true },
        plan: { type: 'string', default: 'off' },
        lang: { type: 'string', default: 'ru' },
        https: { type: 'boolean', default: false },
        'strict-https': { type: 'boolean', default: false },
        cert: { type: 'string' },
        key: { type: 'string' },
        'cert-out': { type: 'string' },
        admin: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values
  } catch (error) {
    // node's message names the flag ("Unknown option '--prot'").
    throw new UsageError((error as Error).message)
  }
}

function readPort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`--port: expected an integer from 0 to 65535, got "${value}"`)
  return port
}

function readWebhook(value: string): MockWebhook {
  const match = /^(\d+):([A-Za-z0-9_-]+)$/.exec(value)
  // The code is a secret: say what is wrong without printing it.
  if (!match?.[1] || !match[2])
    throw new UsageError('--webhook: expected USER:CODE, such as 1:abc123 (a numeric user id, a code of letters, digits, _ or -)')
  return { userId: Number(match[1]), code: match[2] }
}

function readChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${flag}: expected one of ${choices.join(', ')}, got "${value}"`)
  return value as T
}

async function readSeed(file: string): Promise<MockSeed> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`--seed: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`--seed: ${file} is not valid JSON: ${(error as Error).message}`)
  }
  if (!isSeedShape(data))
    throw new UsageError(`--seed: ${file} must map entity names to arrays of records, such as {"contact": [{"ID": 50, "NAME": "Ivan"}]}`)
  return data as MockSeed
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const options: MockServerOptions = {
    port: readPort(flags.port),
    host: flags.host,
    plan: readChoice<Exclude<MockPlan, object>>('plan', flags.plan, ['standard', 'enterprise', 'off']),
    lang: readChoice<PortalLang>('lang', flags.lang, ['ru', 'en']),
    strictHttps: flags['strict-https'],
    webhooks: flags.webhook?.map(readWebhook) ?? [{ userId: 1, code: defaultWebhookCode }],
    // Nothing outside this process can read the journal; a bound keeps a long run under load from growing without end.
    journalLimit: 1000,
  }
  if (flags['oauth-token']) options.oauthTokens = flags['oauth-token'].map((token): MockOAuthToken => ({ token, userId: 1 }))
  if (flags.seed) options.seed = await readSeed(flags.seed)
  let certPath: string | undefined
  if (flags.https || flags.cert !== undefined || flags.key !== undefined || flags['cert-out'] !== undefined) {
    try {
      const loaded = await loadTls({ certFile: flags.cert, keyFile: flags.key, certOut: flags['cert-out'], host: flags.host })
      options.tls = loaded.pair
      certPath = loaded.savedTo
    } catch (error) {
      throw error instanceof TlsSourceError ? new UsageError(error.message) : error
    }
  }
  if (flags.admin) options.admin = true
  let server: Awaited<ReturnType<typeof startMockServer>>
  try {
    server = await startMockServer(options)
  } catch (error) {
    if (error instanceof MockSeedError) throw new UsageError(`--seed: ${flags.seed}: ${error.message}`)
    throw new UsageError(`cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}`)
  }
  // The webhook URL holds the code on purpose: it is the user's own local mock code. Requests are never logged.
  process.stdout.write(
    `b24kit-mock listening on ${server.url}\nwebhook: ${server.webhookUrl}\n${certPath ? `certificate: ${certPath}\n` : ''}${flags.admin ? `admin: ${server.url}/_b24kit/\n` : ''}`,
  )
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`b24kit-mock: ${error.message}\n${usage}\n`)
    process.exit(2)
  }
  process.stderr.write(`b24kit-mock: ${(error as Error).message}\n`)
  process.exit(1)
})
