/**
 * Goals 1 and 2 of issue 15: the generator at 2,000 synthetic methods (scale.ts) and at 10.
 *
 *   1a  `pnpm generate` with nothing changed, 2,000 / 10 methods (the whole process: what a person waits for)
 *   1b  one spec of 2,000 changed / nothing changed
 *   1c  every emitter serves every method from its per-method cache on a no-change run
 *   2   cold, every emitter of b24kit.config.ts / openapi-typescript on the openapi.json it produced
 *
 * Cold runs start from nothing (gen-worker --clean moves the outputs and the codegen cache aside,
 * into the bench's trash: see trash.ts for why they are not deleted right before a timed run).
 */
import { join } from 'node:path'
import { runWorker } from './child.js'
import { assertEveryEmitter } from './emitters.js'
import type { GenResult } from './gen-worker.js'
import { createGapRow, createGoalRow, type ResultRow } from './report.js'
import { formatMethods, scaleMethods, smallMethods } from './scale.js'
import { formatMs, getMedian } from './stats.js'
import { benchTmp, touchSyntheticSpec, writeSyntheticSpecs } from './synth-specs.js'
import { emptyTrash, moveToTrash } from './trash.js'

interface OtsResult {
  totalMs: number
  bytes: number
  peakRssMb: number
}

const area = 'generation'

async function runGen(root: string, clean: boolean, deleteFirst = false): Promise<GenResult> {
  const args = clean ? [root, '--clean', ...(deleteFirst ? ['--delete'] : [])] : [root]
  const result = await runWorker<GenResult>('./gen-worker.ts', args, { timeoutMs: 600_000 })
  assertEveryEmitter(
    result.emitters,
    result.timings.map((t) => t.name),
  )
  return result
}

const median = (runs: readonly GenResult[], pick: (r: GenResult) => number) => getMedian(runs.map(pick))

/** The cold rows (goal 2, with where the time goes and memory). */
async function measureCold(root: string, runs: number, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  const big = formatMethods(scaleMethods)
  const openapiFile = join(root, 'packages/docs/generated/openapi.json')
  const full: GenResult[] = []
  const ots: OtsResult[] = []
  for (let i = 0; i < runs; i++) {
    log(`generation: cold run ${i + 1}/${runs}, ours then openapi-typescript (${big})`)
    full.push(await runGen(root, true))
    ots.push(await runWorker<OtsResult>('./ots-worker.ts', [openapiFile, join(benchTmp, 'ots-types.d.ts')], { timeoutMs: 600_000 }))
  }
  // Once more with the outputs deleted just before, as the bench did until round 10: what the
  // kernel adds on this machine when as many files were freed a moment ago (trash.ts).
  log(`generation: one cold run right after deleting the outputs (${big})`)
  const deleted = await runGen(root, true, true)
  const ours = median(full, (r) => r.totalMs)
  const theirs = getMedian(ots.map((r) => r.totalMs))
  const names = full[0]?.emitters ?? []
  const steps = ['load specs', ...names].map((name) => ({
    name,
    ms: median(full, (r) => r.timings.find((t) => t.name === name)?.ms ?? 0),
    files: full[0]?.timings.find((t) => t.name === name)?.files ?? 0,
    onWorker: full.filter((r) => r.timings.find((t) => t.name === name)?.worker).length,
  }))
  // Emitters on the second thread overlap the others: the phases' wall times say where the run's time went.
  const writeMs = median(full, (r) => r.phases?.writeMs ?? r.totalMs - r.timings.reduce((sum, t) => sum + t.ms, 0))
  const emitMs = median(full, (r) => r.phases?.emitMs ?? r.timings.filter((t) => t.name !== 'load specs').reduce((sum, t) => sum + t.ms, 0))
  const cold = createGoalRow({
    id: 's2',
    area,
    what: `cold, every emitter of b24kit.config.ts (${names.join(', ')}) / openapi-typescript on our openapi.json, ${big}`,
    measured: `${formatMs(ours)} vs ${formatMs(theirs)}`,
    ratio: ours / theirs,
    goal: { op: '<=', limit: 1.0 },
  })
  if (cold.status === 'not met') {
    cold.note = `Where the time goes (median of the cold runs): ${steps.map((s) => `${s.name} ${formatMs(s.ms)}${s.onWorker ? ` (second thread in ${s.onWorker}/${runs})` : ''}`).join(', ')}; emitting took ${formatMs(emitMs)} of wall time, then compare and write ${formatMs(writeMs)} (${full[0]?.files ?? 0} files). openapi-typescript reads one JSON document and writes one file; we load and validate ${big} of TypeScript specs (esbuild, then zod) and create one file or more per method and emitter, each through the kernel.`
  }
  rows.push(cold)
  for (const step of steps) {
    rows.push({
      id: 's2i',
      area,
      what: `  ${step.name}, cold, ${big}`,
      measured: `${formatMs(step.ms)}, ${step.files} ${step.name === 'load specs' ? 'specs' : 'files'}${step.onWorker ? `, on the second thread in ${step.onWorker} of ${runs} runs` : ''}`,
      status: 'info',
    })
  }
  rows.push({
    id: 's2i',
    area,
    what: `  emitting (wall: every emitter, on one thread or two), cold, ${big}`,
    measured: formatMs(emitMs),
    status: 'info',
  })
  rows.push({
    id: 's2i',
    area,
    what: `  save caches, compare, finish writing, rename staged folders, cold, ${big}`,
    measured: `${formatMs(writeMs)}, ${full[0]?.written ?? 0} files written`,
    status: 'info',
  })
  rows.push({
    id: 's2i',
    area,
    what: `  the same cold run right after deleting the last run's outputs (one run), ${big}`,
    measured: `${formatMs(deleted.totalMs)} (${(deleted.totalMs / theirs).toFixed(2)}x openapi-typescript), writing ${formatMs(deleted.phases?.writeMs ?? 0)}`,
    status: 'info',
    note: 'On an ext4 file system without a journal (this machine), the kernel scans past every inode freed in the last minute or more for each file it creates (`recently_deleted` in `find_inode_bit`), so files created right after as many were deleted cost it many times more. A fresh clone, or a file system with a journal, never pays that: since round 10 the cold rows move the last outputs aside (tools/bench/src/trash.ts) instead of deleting them just before the run; until round 9 they were deleted, and this row is that case.',
  })
  rows.push({
    id: 's2m',
    area,
    what: `peak memory (maxRSS), cold, ${big}`,
    measured: `${Math.max(...full.map((r) => r.peakRssMb))} MB (openapi-typescript: ${Math.max(...ots.map((r) => r.peakRssMb))} MB)`,
    status: 'info',
  })
  return rows
}

/** Runs goals 1 (cost follows the change) and 2 (cold against openapi-typescript). */
export async function measureGeneration(runs: number, log: (line: string) => void): Promise<ResultRow[]> {
  const big = formatMethods(scaleMethods)
  // The last bench's trees go to the trash, not deleted now: the cold runs below would pay for it.
  await moveToTrash([join(benchTmp, `gen-${smallMethods}`), join(benchTmp, `gen-${scaleMethods}`)])
  try {
    return await measureAll(big, runs, log)
  } finally {
    await emptyTrash()
  }
}

async function measureAll(big: string, runs: number, log: (line: string) => void): Promise<ResultRow[]> {
  const roots = {
    small: await writeSyntheticSpecs(`gen-${smallMethods}`, smallMethods),
    big: await writeSyntheticSpecs(`gen-${scaleMethods}`, scaleMethods),
  }
  // The warm-up loads the new spec files once (the OS file cache holds them, as on any machine
  // that just cloned) and writes the openapi.json openapi-typescript reads.
  log(`generation: warm-up run over ${big}`)
  await runGen(roots.big, true)
  const rows = await measureCold(roots.big, runs, log)

  // Goal 1: warm caches and outputs in place, as after any earlier `pnpm generate`.
  await runGen(roots.small, true)
  await runGen(roots.small, false)
  await runGen(roots.big, false)
  const still: Record<'small' | 'big', GenResult[]> = { small: [], big: [] }
  const changed: GenResult[] = []
  for (let i = 0; i < runs; i++) {
    log(`generation: no-change runs ${i + 1}/${runs} (${smallMethods} and ${scaleMethods} methods), then one spec changed`)
    still.small.push(await runGen(roots.small, false))
    still.big.push(await runGen(roots.big, false))
    await touchSyntheticSpec(roots.big, Math.floor(scaleMethods / 2), i + 1)
    changed.push(await runGen(roots.big, false))
  }
  const stillBig = median(still.big, (r) => r.processMs)
  const stillSmall = median(still.small, (r) => r.processMs)
  const changedBig = median(changed, (r) => r.processMs)
  const steps = (runs: GenResult[]) =>
    (runs[0]?.timings ?? []).map((t) => `${t.name} ${formatMs(median(runs, (r) => r.timings.find((x) => x.name === t.name)?.ms ?? 0))}`)
  const startup = (runs: GenResult[]) => formatMs(median(runs, (r) => r.processMs - r.totalMs))
  const a = createGoalRow({
    id: 's1a',
    area,
    what: `\`pnpm generate\` with nothing changed (whole process), ${big} / ${smallMethods}`,
    measured: `${formatMs(stillBig)} vs ${formatMs(stillSmall)}; wrote ${Math.max(...still.big.map((r) => r.written))} files`,
    ratio: stillBig / stillSmall,
    goal: { op: '<=', limit: 1.5 },
  })
  if (a.status === 'not met') {
    a.note = `Where the time goes at ${big} (median): node, tsx and imports ${startup(still.big)}, then ${steps(still.big).join(', ')}; at ${smallMethods}: startup ${startup(still.small)}, ${steps(still.small).join(', ')}.`
  }
  const b = createGoalRow({
    id: 's1b',
    area,
    what: `one spec of ${scaleMethods.toLocaleString('en-US')} changed / nothing changed (whole process)`,
    measured: `${formatMs(changedBig)} vs ${formatMs(stillBig)}; wrote ${Math.max(...changed.map((r) => r.written))} of ${changed[0]?.files ?? 0} files`,
    ratio: changedBig / stillBig,
    goal: { op: '<=', limit: 1.5 },
  })
  if (b.status === 'not met')
    b.note = `Where the time goes (median): startup ${startup(changed)}, ${steps(changed).join(', ')}, then compare and write ${formatMs(median(changed, (r) => r.totalMs - r.timings.reduce((sum, t) => sum + t.ms, 0)))}. Startup (node, tsx, ts-morph and the emitters loaded) is the same on both sides. The methods come from the caches, which hold hashes, not text; what still grows with the methods: the spec cache read and checked (~11 MB at 2,000; a value is parsed only when read), the output caches read and their files' hashes checked, the client's lookup tables, the docs index pages and the conformance index rebuilt from cached summaries (the OpenAPI document, the mock's table and the client's index are patched where the change allows), every output file stat'ed against the manifest, and the changed spec bundled by esbuild.`
  // On the one-change run every emitter runs: each must serve every other method from its cache.
  const last = changed[changed.length - 1]
  const split = last?.timings.filter((t) => last.emitters.includes(t.name)) ?? []
  const others = (last?.methods ?? 1) - 1
  const least = Math.min(...split.map((t) => t.cached ?? 0))
  const c = createGoalRow({
    id: 's1c',
    area,
    what: `methods each emitter served from its per-method cache with one spec changed / the ${others.toLocaleString('en-US')} unchanged`,
    measured: split.map((t) => `${t.name} ${t.cached ?? 'not cached'}`).join(', '),
    ratio: others > 0 ? least / others : 0,
    goal: { op: '==', limit: 1 },
  })
  if (!split.length) rows.push(createGapRow('s1c', area, 'per-method caching', 'no emitter ran'))
  return [a, b, c, ...rows]
}
