/** Starts the b24kit-mock CLI (from its sources) on a free loopback port, for the executed-example tests. */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { repoRoot } from './paths.js'

/** A running mock CLI and the credentials it accepts. */
export interface RunningMock {
  url: string
  userId: number
  webhookCode: string
  accessToken: string
  stop: () => Promise<void>
}

/** Starts `b24kit-mock --port 0 --host 127.0.0.1 --webhook 1:CODE --oauth-token TOKEN` with fresh random secrets. */
export async function startMockCli(): Promise<RunningMock> {
  const webhookCode = randomBytes(8).toString('hex')
  const accessToken = randomBytes(12).toString('hex')
  const child: ChildProcess = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    [
      '--conditions=source',
      join(repoRoot, 'packages/mock/src/cli.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--webhook',
      `1:${webhookCode}`,
      '--oauth-token',
      accessToken,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('b24kit-mock did not say where it listens within 20 s')), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /b24kit-mock listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    // Exit codes only: the CLI's output may hold the webhook URL, which is a secret.
    child.on('exit', (code) => reject(new Error(`b24kit-mock exited with code ${code} before listening`)))
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { url, userId: 1, webhookCode, accessToken, stop }
}
