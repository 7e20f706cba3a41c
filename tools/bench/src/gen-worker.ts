/**
 * Bench worker: runs the generator once over a synthetic tree, with the emitters of
 * b24kit.config.ts (its output paths are relative to the root, so they land in the tree).
 * Args: ROOT [--clean [--delete]] (--clean: a cold run, outputs and codegen cache moved to the
 * bench's trash first, see trash.ts; with --delete they are deleted instead, just before the run).
 * Sends timings, files written, maxRSS and the process's whole life (startup included), which is
 * what a person waits for at `pnpm generate`.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { getDefaultCacheDir, runGenerator } from '../../../packages/codegen/src/run-generator.js'
import { getPeakRssMb, sendResult } from './child.js'
import { configFile, loadConfig } from './emitters.js'
import { moveToTrash } from './trash.js'

/** What one generator run reports back. */
export interface GenResult {
  /** runGenerator alone. */
  totalMs: number
  /** The process from its start to the end of the run: node, tsx, imports, the run. */
  processMs: number
  timings: { name: string; ms: number; files: number; cached?: number; worker?: true }[]
  /** Wall time of emitting (on one thread or two) and of writing, after the specs loaded. */
  phases?: { emitMs: number; writeMs: number }
  /** The emitters of b24kit.config.ts, in order. */
  emitters: string[]
  methods: number
  files: number
  written: number
  peakRssMb: number
}

const root = process.argv[2]
if (!root) throw new Error('usage: gen-worker ROOT [--clean [--delete]]')
const config = await loadConfig()
if (process.argv.includes('--clean')) {
  // A full run starts from nothing, as on a fresh clone: no outputs and no codegen cache (spec and
  // per-method output caches), so it is cold, not served from the previous run. Moved aside, not
  // deleted: on the bench machine, files created right after as many were deleted cost the kernel
  // many times more (trash.ts); --delete measures that case.
  const dirs = [...config.emitters.flatMap((e) => e.outputs).map((dir) => join(root, dir)), getDefaultCacheDir(root)]
  if (process.argv.includes('--delete')) await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
  else await moveToTrash(dirs)
}
const start = performance.now()
const report = await runGenerator({ root, config: { ...config, specs: 'specs' }, configFile })
const totalMs = performance.now() - start
const result: GenResult = {
  totalMs,
  processMs: performance.now(),
  timings: report.timings,
  ...(report.phases ? { phases: report.phases } : {}),
  emitters: config.emitters.map((e) => e.name),
  methods: report.methods,
  files: report.files.length,
  written: report.plan.changed.length + report.plan.stale.length,
  peakRssMb: getPeakRssMb(),
}
sendResult(result)
