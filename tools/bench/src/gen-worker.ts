/**
 * Bench worker: runs the generator once over a synthetic tree, with the emitters of
 * b24kit.config.ts re-rooted there. Args: ROOT [--clean] (--clean: a cold run, outputs and codegen cache removed first). Sends timings, files written, maxRSS.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Emitter } from '@b24kit/codegen'
import { getDefaultCacheDir, runGenerator } from '../../codegen/src/run-generator.js'
import { getPeakRssMb, sendResult } from './child.js'
import { loadEmitters } from './emitters.js'

/** What one generator run reports back. */
export interface GenResult {
  totalMs: number
  timings: { name: string; ms: number; files: number }[]
  methods: number
  files: number
  written: number
  peakRssMb: number
  missing: string[]
}

const root = process.argv[2]
if (!root) throw new Error('usage: gen-worker ROOT [--clean]')
const { emitters, missing } = await loadEmitters()
if (process.argv.includes('--clean')) {
  // A full run starts from nothing, as on a fresh clone: no outputs and no codegen cache (spec and
  // per-method output caches), so it is cold, not served from the previous run.
  const dirs = [...emitters.flatMap((e: Emitter) => e.outputs).map((dir) => join(root, dir)), getDefaultCacheDir(root)]
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
}
const start = performance.now()
const report = await runGenerator({ root, config: { specs: 'specs', emitters } })
const totalMs = performance.now() - start
const result: GenResult = {
  totalMs,
  timings: report.timings,
  methods: report.methods,
  files: report.files.length,
  written: report.plan.changed.length,
  peakRssMb: getPeakRssMb(),
  missing,
}
sendResult(result)
