/** Starts an installed `b24kit-mock` as a user's project would, and stops it. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createCleanEnv } from './run-command.js'

/** A running `b24kit-mock`. */
export interface MockProcess {
  /** The webhook URL it printed. */
  webhookUrl: string
  stop(): Promise<void>
}

/** Runs `node_modules/.bin/b24kit-mock --port 0 ...args` in `dir` until it prints its webhook URL. */
export function startInstalledMock(dir: string, args: readonly string[] = []): Promise<MockProcess> {
  const child = spawn(join(dir, 'node_modules', '.bin', 'b24kit-mock'), ['--port', '0', ...args], {
    cwd: dir,
    env: createCleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  let stdout = ''
  let stderr = ''
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /webhook: (\S+)/.exec(stdout)?.[1]
      if (url)
        resolve({
          webhookUrl: url,
          stop: async () => {
            child.kill('SIGTERM')
            await exited
          },
        })
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`b24kit-mock exited with ${code} before listening: ${stderr.trim()}`)))
  })
}
