#!/usr/bin/env node
/** `b24kit-mock`: the mock portal over HTTP(S) for tests in any language. */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { type FlagValues, formatHelp, readFlags } from '@b24kit/spec/cli-flags'
import { isSeedShape } from './admin/seed.js'
import type { MockOAuthToken, MockWebhook } from './auth.js'
import { mockFlags, mockHelp } from './cli/flags.js'
import { formatLogLine } from './cli/log-line.js'
import { defaultWebhookCode } from './engine.js'
import type { PortalLang } from './envelope.js'
import { FrameFlagError, readFrameFlags } from './frame/cli-options.js'
import { FrameHostError } from './frame/host.js'
import { loadTls, TlsSourceError } from './http/tls.js'
import type { MockPlan } from './limits.js'
import { type MockApp, parseAppFlag } from './oauth/apps.js'
import { readSpecsFlag, SpecsFlagError } from './project/specs-flag.js'
import { type MockServer, type MockServerOptions, startMockServer } from './server.js'
import { type MockSeed, MockSeedError } from './store.js'

/** A problem with the command line or its files: one line naming the flag, exit code 2. */
class UsageError extends Error {}

/** Loopback hosts: anything else exposes the mock (and its well-known default code) to the network. */
const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)

function readVersion(): string {
  // dist/cli.js and src/cli.ts both sit one folder below package.json.
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version
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

/** Signals stop the server; installed before it listens, so a signal at any moment ends cleanly with 0. */
function handleSignals(): { started(server: MockServer): void } {
  let server: MockServer | undefined
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while stopping: leave now.
    if (stopping) process.exit(0)
    stopping = true
    const done = (code: number) => {
      process.stdout.write(`b24kit-mock stopped (${signal})\n`)
      process.exit(code)
    }
    if (!server) done(0)
    else
      server.close().then(
        () => done(0),
        () => done(1),
      )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return {
    started: (running) => {
      server = running
      if (stopping) running.close().finally(() => process.exit(0))
    },
  }
}

async function main(): Promise<void> {
  const signals = handleSignals()
  let flags: FlagValues<typeof mockFlags>
  try {
    flags = readFlags(mockFlags, process.argv.slice(2)).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (flags.help) {
    process.stdout.write(formatHelp(mockFlags, mockHelp))
    return
  }
  if (flags.version) {
    process.stdout.write(`${readVersion()}\n`)
    return
  }
  const options: MockServerOptions = {
    port: readPort(flags.port),
    host: flags.host,
    // The table's choices were checked by readFlags.
    plan: flags.plan as Exclude<MockPlan, object>,
    lang: flags.lang as PortalLang,
    strictHttps: flags['strict-https'],
    webhooks: flags.webhook?.map(readWebhook) ?? [{ userId: 1, code: defaultWebhookCode }],
    // Nothing outside this process can read the journal; a bound keeps a long run under load from growing without end.
    journalLimit: 1000,
  }
  if (flags.log) options.onCall = (entry) => process.stdout.write(formatLogLine(entry))
  if (flags['oauth-token']) options.oauthTokens = flags['oauth-token'].map((token): MockOAuthToken => ({ token, userId: 1 }))
  if (flags.seed) options.seed = await readSeed(flags.seed)
  if (flags.specs)
    options.table = await readSpecsFlag(flags.specs).catch((error: unknown) => {
      throw error instanceof SpecsFlagError ? new UsageError(error.message) : error
    })
  if (flags.app) options.apps = flags.app.map(readApp)
  options.tokenTtlSeconds = readTokenTtl(flags['token-ttl'])
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
  if (!isLoopback(flags.host))
    process.stderr.write(
      `b24kit-mock: warning: --host ${flags.host} is not loopback: anyone who can reach this machine can call the mock${flags.webhook ? '' : ' with its well-known default webhook code'}\n`,
    )
  try {
    const frame = readFrameFlags(flags, options.lang ?? 'ru')
    if (frame) options.frame = frame
  } catch (error) {
    if (error instanceof FrameFlagError) throw new UsageError(error.message)
    throw error
  }
  let server: MockServer
  try {
    server = await startMockServer(options)
  } catch (error) {
    if (error instanceof MockSeedError)
      throw new UsageError(
        flags.specs && !flags.seed ? `--specs: ${flags.specs}: ${error.message}` : `--seed: ${flags.seed}: ${error.message}`,
      )
    if (error instanceof FrameHostError) throw new UsageError(`--frame-app: ${error.message.replace(/^appUrl: /, '')}`)
    // A runtime failure (port in use, no such address): say it once, without the flags' help.
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      `cannot listen on ${flags.host}:${flags.port}: ${code === 'EADDRINUSE' ? 'the port is in use (EADDRINUSE); pick another with --port, or --port 0 for a free one' : (error as Error).message}`,
    )
  }
  signals.started(server)
  // The webhook URL holds the code on purpose: it is the user's own local mock code. Requests are logged only with --log, redacted.
  process.stdout.write(`b24kit-mock listening on ${server.url}\nwebhook: ${server.webhookUrl}\n`)
  if (server.frameUrl) process.stdout.write(`frame: ${server.frameUrl} (open it in a browser)\n`)
  if (server.oauthUrl) process.stdout.write(`oauth: ${server.oauthUrl}\n`)
  if (certPath) process.stdout.write(`certificate: ${certPath}\n`)
  if (flags.admin) process.stdout.write(`admin: ${server.url}/_b24kit/\n`)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`b24kit-mock: ${error.message}\nRun b24kit-mock --help for the flags.\n`)
    process.exit(2)
  }
  process.stderr.write(`b24kit-mock: ${(error as Error).message}\n`)
  process.exit(1)
})
