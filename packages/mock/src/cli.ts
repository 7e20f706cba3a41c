#!/usr/bin/env node
/** `b24kit-mock`: the mock portal over HTTP(S) for tests in any language. */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { MockOAuthToken, MockWebhook } from './auth.js'
import { defaultWebhookCode } from './engine.js'
import type { PortalLang } from './envelope.js'
import type { MockPlan } from './limits.js'
import { type MockApp, parseAppFlag } from './oauth/apps.js'
import { type MockServerOptions, startMockServer } from './server.js'
import { type MockSeed, MockSeedError } from './store.js'

const usage = `usage: b24kit-mock [--port 3000] [--host 127.0.0.1] [--seed seed.json] [--webhook USER:CODE]...
                   [--oauth-token TOKEN]... [--plan standard|enterprise|off] [--lang ru|en] [--https] [--strict-https]
                   [--app CLIENT_ID:CLIENT_SECRET[:SCOPES[:APP_URL]]]... [--token-ttl SECONDS]
  --app        register an application on the OAuth server (own port); APP_URL gets the code redirect and ONAPPINSTALL (default: none)
  --token-ttl  lifetime of the access tokens the OAuth server issues, in seconds (default: 3600)`

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
        app: { type: 'string', multiple: true },
        'token-ttl': { type: 'string', default: '3600' },
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

function readApp(value: string): MockApp {
  const app = parseAppFlag(value)
  if (typeof app === 'string') throw new UsageError(app)
  return app
}

function readTokenTtl(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--token-ttl: expected a whole number of seconds, 1 or more, got "${value}"`)
  return Number(value)
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
  const isSeed =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every(
      (records) => Array.isArray(records) && records.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)),
    )
  if (!isSeed)
    throw new UsageError(`--seed: ${file} must map entity names to arrays of records, such as {"contact": [{"ID": 50, "NAME": "Ivan"}]}`)
  return data as MockSeed
}

async function createTls(host: string): Promise<{ key: string; cert: string }> {
  const { generate } = await import('selfsigned')
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...(/^[\d.]+$/.test(host) && host !== '127.0.0.1' ? [{ type: 7 as const, ip: host }] : []),
        ],
      },
    ],
  })
  return { key: pems.private, cert: pems.cert }
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
  if (flags.app) options.apps = flags.app.map(readApp)
  options.tokenTtlSeconds = readTokenTtl(flags['token-ttl'])
  if (flags.https) options.tls = await createTls(flags.host)
  let server: Awaited<ReturnType<typeof startMockServer>>
  try {
    server = await startMockServer(options)
  } catch (error) {
    if (error instanceof MockSeedError) throw new UsageError(`--seed: ${flags.seed}: ${error.message}`)
    throw new UsageError(`cannot listen on ${flags.host}:${flags.port}: ${(error as Error).message}`)
  }
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  // Before the lines below: a caller may send a signal as soon as it reads them.
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  // The webhook URL holds the code on purpose: it is the user's own local mock code. Requests are never logged.
  process.stdout.write(`b24kit-mock listening on ${server.url}\nwebhook: ${server.webhookUrl}\n`)
  if (server.oauthUrl) process.stdout.write(`oauth: ${server.oauthUrl}\n`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`b24kit-mock: ${error.message}\n${usage}\n`)
    process.exit(2)
  }
  process.stderr.write(`b24kit-mock: ${(error as Error).message}\n`)
  process.exit(1)
})
