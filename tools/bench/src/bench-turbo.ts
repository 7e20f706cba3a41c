/**
 * Measurement 2b: is a second `turbo run build test` with nothing changed served from cache?
 * Reads turbo's own dry-run plan (`--dry=json`: each task's cache status) on the real repo; with
 * `--turbo-real` it first runs the tasks for real, so the dry run describes a true second run.
 */
import { spawn } from 'node:child_process'
import { repoRoot } from './child.js'
import { createGoalRow, type ResultRow } from './report.js'

interface DryTask {
  taskId: string
  command: string
  cache: { status: 'HIT' | 'MISS' }
}

function runTurbo(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['exec', 'turbo', 'run', 'build', 'test', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Reports cached / total of the real tasks (those with a command) in turbo's dry-run plan. */
export async function measureTurboCache(log: (line: string) => void, real: boolean): Promise<ResultRow[]> {
  let firstRun = ''
  if (real) {
    log('turbo: first real run of build test (up to 4 minutes)')
    const first = await runTurbo(['--output-logs=errors-only'], 240_000)
    firstRun = first.code === 0 ? 'after a real first run; ' : `after a first run that exited ${first.code}; `
  }
  const dry = await runTurbo(['--dry=json'], 60_000)
  if (dry.code !== 0) throw new Error(`turbo --dry=json exited ${dry.code}: ${dry.stderr.trim().slice(0, 300)}`)
  const tasks = (JSON.parse(dry.stdout) as { tasks: DryTask[] }).tasks.filter((t) => t.command !== '<NONEXISTENT>')
  const hits = tasks.filter((t) => t.cache.status === 'HIT')
  const misses = tasks.filter((t) => t.cache.status !== 'HIT').map((t) => t.taskId)
  const row = createGoalRow({
    id: '2b',
    area: 'generation',
    what: 'second `turbo run build test`: cached / total tasks',
    measured: `${firstRun}${hits.length} of ${tasks.length} tasks from cache (turbo --dry=json)`,
    ratio: tasks.length ? hits.length / tasks.length : 0,
    goal: { op: '>=', limit: 1 },
  })
  if (misses.length) {
    row.note = `turbo would run again: ${misses.join(', ')}. A task misses when it has never run on this checkout, its last run failed (failures are not cached), or its inputs changed since; run \`pnpm bench --turbo-real\` to make the first run part of the measurement.`
  }
  return [row]
}
