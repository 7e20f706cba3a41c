/** Starts a long-running server process and waits for the URL it prints; stops it by its own pid. */
import { type ChildProcess, spawn } from 'node:child_process'
import { repoRoot } from './child.js'

/** A server running in a child process. */
export interface ServerProcess {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Runs `node --conditions=source --import tsx FILE ...args` and resolves once a URL appears on stdout. */
export function startServerProcess(file: string, args: readonly string[], timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', file, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 3000).unref()
    })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`${file} printed no URL within ${timeoutMs} ms: ${err.trim().slice(0, 300)}`))
    }, timeoutMs)
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString()
    })
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const match = /(https?:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ url: match[1], child, stop })
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${file} exited ${code} before printing a URL: ${err.trim().slice(0, 300)}`))
    })
  })
}
