/**
 * The mock over real HTTP for one case: the `b24kit-mock` CLI in a child process where its flags
 * can configure the case's portal, else `startMockServer` (the same node:http server the CLI runs)
 * for what only the options can say (scopes, token expiry, a custom plan, budgets, faults).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { startMockServer } from '@b24kit/mock'
import type { ConformanceCase } from './case.js'
import { describeSetup } from './setup.js'

/** The repository root, from tools/conformance/src. */
export const repoRoot = join(import.meta.dirname, '..', '..', '..')
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const cli = join(repoRoot, 'packages', 'mock', 'src', 'cli.ts')

/** A running mock: its base URL, how it was started, and how to stop it. */
export interface RunningMock {
  url: string
  via: 'cli' | 'startMockServer'
  stop(): Promise<void>
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/** Spawns `b24kit-mock --port 0 ...args` from its sources and waits for its two start lines. */
export async function startCli(args: readonly string[]): Promise<RunningMock> {
  const child = spawn(tsx, ['--conditions=source', cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString()
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`b24kit-mock did not start within 60 s: ${err}`)), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /^b24kit-mock listening on (http:\/\/127\.0\.0\.1:\d+)\n(?=webhook: )/m.exec(out)
      if (match?.[1] && /\nwebhook: .+\n/.test(out)) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`b24kit-mock exited with ${code}: ${err}`))
    })
  })
  return {
    url,
    via: 'cli',
    async stop() {
      child.kill('SIGTERM')
      await waitForExit(child)
    },
  }
}

/**
 * The running mocks of one test file, one per distinct configuration (the CLI where its flags can
 * say it), each with the admin surface on, so a case resets its portal instead of starting one.
 */
export function createMockPool(): { forCase(c: ConformanceCase): Promise<RunningMock>; stopAll(): Promise<void> } {
  const running = new Map<string, Promise<RunningMock>>()
  const start = (c: ConformanceCase): Promise<RunningMock> => {
    const setup = describeSetup(c)
    if (setup.cliArgs) return startCli([...setup.cliArgs, '--admin'])
    return startMockServer({ ...setup.mock, port: 0, admin: true }).then((server) => ({
      url: server.url,
      via: 'startMockServer' as const,
      stop: () => server.close(),
    }))
  }
  return {
    async forCase(c) {
      const setup = describeSetup(c)
      const key = JSON.stringify(setup.cliArgs ?? setup.mock) + (setup.cliArgs ? ' cli' : '')
      const mock = running.get(key) ?? start(c)
      running.set(key, mock)
      const ready = await mock
      const reset = await fetch(`${ready.url}/_b24kit/reset`, { method: 'POST' })
      if (!reset.ok) throw new Error(`the mock at ${ready.url} refused the reset: ${reset.status} ${await reset.text()}`)
      return ready
    },
    async stopAll() {
      const all = await Promise.allSettled(running.values())
      running.clear()
      await Promise.all(all.flatMap((r) => (r.status === 'fulfilled' ? [r.value.stop()] : [])))
    },
  }
}
