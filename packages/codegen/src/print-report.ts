/**
 * What `pnpm generate` prints: one line per emitter (written, removed, unchanged, time, methods
 * from the cache) and a total, so 6,000 files read as six lines; `--verbose` adds every file. In
 * check mode each stale file is always named (it is the error). A progress line on a terminal
 * says which step a run over a second is in.
 */
import type { GenerateReport } from './run-generator.js'

/** How to print: check mode, and whether to list every file. */
export interface PrintOptions {
  check: boolean
  verbose: boolean
  /** The whole run's wall time (default: the sum of the steps'). */
  ms?: number
}

const count = (n: number) => n.toLocaleString('en-US')

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`
}

/** The emitter owning each path: the one that produced it, else the longest owned folder holding it. */
function attribute(report: GenerateReport, path: string): string {
  const owner = report.owners?.get(path)
  if (owner) return owner
  let best = ''
  let name = 'other'
  for (const [emitter, dirs] of report.outputs ?? []) {
    for (const dir of dirs) if (path.startsWith(`${dir}/`) && dir.length > best.length) [best, name] = [dir, emitter]
  }
  return name
}

/** The lines `pnpm generate` prints for a report. */
export function formatReport(report: GenerateReport, { check, verbose, ms }: PrintOptions): string[] {
  const { changed, stale, unchanged } = report.plan
  const written = new Map<string, number>()
  const removed = new Map<string, number>()
  const bump = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1)
  for (const file of changed) bump(written, attribute(report, file.path))
  for (const path of stale) bump(removed, attribute(report, path))

  const verb = check ? ['differ', 'stale'] : ['written', 'removed']
  const lines = [`b24kit generate: ${count(report.methods)} method spec(s)${report.upToDate ? ', nothing changed since the last run' : ''}`]
  const total = ms ?? report.timings.reduce((sum, t) => sum + t.ms, 0)
  const emitterNames = new Set(report.outputs?.keys() ?? [])
  for (const t of report.timings) {
    if (!emitterNames.has(t.name)) {
      lines.push(
        `  ${t.name.padEnd(12)} ${formatMs(t.ms).padStart(9)}  ${count(t.files)} ${t.name === 'load specs' ? 'spec(s)' : 'file(s)'}`,
      )
      continue
    }
    const w = written.get(t.name) ?? 0
    const cached = t.cached === undefined ? '' : `, ${count(t.cached)} of ${count(report.methods)} methods from cache`
    lines.push(
      `  ${t.name.padEnd(12)} ${formatMs(t.ms).padStart(9)}  ${verb[0]} ${count(w)}, ${verb[1]} ${count(removed.get(t.name) ?? 0)}, unchanged ${count(Math.max(0, t.files - w))}${cached}`,
    )
  }
  lines.push(
    `  ${'total'.padEnd(12)} ${formatMs(total).padStart(9)}  ${verb[0]} ${count(changed.length)}, ${verb[1]} ${count(stale.length)}, unchanged ${count(unchanged)}`,
  )
  if (check) {
    if (changed.length === 0 && stale.length === 0) lines.push(`up to date: ${count(unchanged)} files match the specs`)
    for (const f of changed) lines.push(`stale: ${f.path} differs from what the specs produce`)
    for (const p of stale) lines.push(`stale: ${p} is not produced by any spec`)
  } else if (verbose) {
    for (const f of changed) lines.push(`  wrote ${f.path}`)
    for (const p of stale) lines.push(`  removed ${p}`)
  }
  if (verbose) {
    const touched = new Set([...changed.map((f) => f.path), ...stale])
    const same = report.upToDate ? (report.unchangedPaths ?? []) : report.files.map((f) => f.path)
    for (const path of same) if (!touched.has(path)) lines.push(`  unchanged ${path}`)
  }
  return lines
}

/**
 * A progress reporter for `runGenerator`'s `onStep`: on a terminal, once a run has taken a second,
 * it rewrites one line with the current step; `done` clears it. Elsewhere it prints nothing.
 */
export function createProgress(stream: NodeJS.WriteStream, now: () => number = performance.now.bind(performance)) {
  const started = now()
  let shown = false
  return {
    onStep(step: string): void {
      if (!stream.isTTY || now() - started < 1000) return
      shown = true
      stream.write(`\r\x1b[2Kb24kit generate: ${step}...`)
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K')
    },
  }
}
