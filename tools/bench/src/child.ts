/**
 * Runs a bench worker in its own node process (tsx, `source` condition), so each timed run starts
 * cold and its peak memory (maxRSS) is its own. A worker answers with one marked JSON line.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The repository root: children run here so `--import tsx` resolves from the root's node_modules. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

const marker = '@@bench-result '

/** Prints a worker's answer so `runWorker` can find it among any other output. */
export function sendResult(value: unknown): void {
  process.stdout.write(`\n${marker}${JSON.stringify(value)}\n`)
}

/** Options for one worker run. */
export interface WorkerOptions {
  /** Extra `node` flags placed before the script, such as `--import` of a hooks module. */
  nodeArgs?: string[]
  env?: Record<string, string>
  timeoutMs?: number
}

/** Runs `script` (a path relative to tools/bench/src) and resolves to the JSON it sent. */
export function runWorker<T>(script: string, args: readonly string[], options: WorkerOptions = {}): Promise<T> {
  const file = fileURLToPath(new URL(script, import.meta.url))
  const argv = ['--conditions=source', '--import', 'tsx', ...(options.nodeArgs ?? []), file, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith(marker))
      if (code === 0 && line) {
        resolve(JSON.parse(line.slice(marker.length)) as T)
        return
      }
      const tail = (stderr || stdout).trim().split('\n').slice(-6).join(' | ')
      reject(new Error(`${script} exited ${signal ?? code}: ${tail.slice(0, 600)}`))
    })
  })
}

/** Peak resident memory of this process so far, in megabytes. */
export function getPeakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes on Linux and macOS.
  return Math.round(process.resourceUsage().maxRSS / 1024)
}
