/**
 * The generator's core: load and validate the specs, run each emitter, then check or write the
 * output. It times each emitter so the CLI can print where the time goes.
 */

import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { SpecSet } from '@b24kit/spec'
import type { CodegenConfig } from './config.js'
import { createEmitContext } from './emit-context.js'
import type { EmitContext, Emitter, GeneratedFile } from './emitter.js'
import { loadSpecs } from './load-specs.js'
import { compareCodeUnits } from './naming.js'
import { getMethodKey, getOutputScope, OutputCache } from './output-cache.js'
import { createStampCheck, getInputsKey, getRunKey, readUpToDate, type UpToDate, writeManifest } from './run-manifest.js'
import { createTsProject } from './ts-project.js'
import { applyOutput, type OutputPlan, planOutput } from './write-output.js'

export interface GenerateOptions {
  /** The repository root: specs and outputs are resolved from here. */
  root: string
  config: CodegenConfig
  /** Write nothing; report what differs. Check mode trusts no cache: it loads and emits everything. */
  check?: boolean
  /**
   * Where the spec and output caches live (default `node_modules/.cache/b24kit-codegen` under the
   * root); `false` turns caching off.
   */
  cacheDir?: string | false
  /** Called as each step starts (`load specs`, an emitter's name, `write`), for a progress line. */
  onStep?: (step: string) => void
}

/** The default cache folder under a root (gitignored with node_modules). */
export function getDefaultCacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'b24kit-codegen')
}

export interface GenerateReport {
  plan: OutputPlan
  files: GeneratedFile[]
  /** Per step: time, files produced, and for a cached emitter how many methods it reused. */
  timings: { name: string; ms: number; files: number; cached?: number }[]
  methods: number
  wrote: boolean
  /**
   * The run manifest matched: nothing was emitted or compared (`files` is empty; `plan.unchanged`
   * counts the files on disk).
   */
  upToDate?: boolean
  /** On an up-to-date run, the files on disk (`files` is empty then). */
  unchangedPaths?: string[]
  /** The emitter that produced each file. */
  owners?: ReadonlyMap<string, string>
  /** Each emitter's folders, in config order. */
  outputs?: ReadonlyMap<string, readonly string[]>
}

async function openOutputCache(dir: string, emitter: Emitter, shared: SpecSet['shared']): Promise<OutputCache | undefined> {
  if (!emitter.emitMethod || !emitter.emitIndex) return undefined
  const scope = await getOutputScope(emitter, shared)
  return scope === undefined ? undefined : OutputCache.open(dir, emitter.name, scope)
}

/** Runs a split emitter: each method from the cache when its key matches, then the index files. */
async function emitCached(
  emitter: Emitter,
  ctx: EmitContext,
  cache: OutputCache,
  keys: Map<string, string | undefined>,
  reused: Set<string>,
): Promise<GeneratedFile[]> {
  const emitMethod = emitter.emitMethod as NonNullable<Emitter['emitMethod']>
  const emitIndex = emitter.emitIndex as NonNullable<Emitter['emitIndex']>
  const summarize = emitter.summarizeMethod
  const out: GeneratedFile[] = []
  const summaries = new Map<string, unknown>()
  for (const method of ctx.specs.methods) {
    const key = keys.get(method.file)
    let hit = key === undefined ? undefined : cache.get(method.file, key)
    if (!hit || (summarize && !('summary' in hit))) {
      hit = { files: emitMethod(ctx, method), ...(summarize ? { summary: summarize(ctx, method) } : {}) }
      if (key !== undefined) cache.set(method.file, key, hit.files, ...(summarize ? [hit.summary] : []))
    } else for (const file of hit.files) reused.add(file.path)
    out.push(...hit.files)
    if (summarize) summaries.set(method.file, hit.summary)
  }
  out.push(...(await (summarize ? emitIndex(ctx, summaries) : emitIndex(ctx))))
  return out
}

/** Runs the whole generator once. Throws SpecValidationError, before writing anything, on a bad spec. */
export async function runGenerator(options: GenerateOptions): Promise<GenerateReport> {
  const { root, config } = options
  const timings: GenerateReport['timings'] = []
  let start = performance.now()
  options.onStep?.('load specs')
  const cacheDir = options.check || options.cacheDir === false ? undefined : (options.cacheDir ?? getDefaultCacheDir(root))
  const owned = config.emitters.flatMap((e) => e.outputs)
  const outputs = new Map(config.emitters.map((e) => [e.name, e.outputs]))
  // Nothing changed since the last run: the spec files' hashes and the output folders' stamps say so.
  const inputsKey = cacheDir ? await getInputsKey(join(root, config.specs), config.emitters) : undefined
  if (cacheDir && inputsKey) {
    const upToDate = await readUpToDate(cacheDir, root, { inputs: inputsKey }, owned)
    if (upToDate) return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
  }
  const specs = await loadSpecs(join(root, config.specs), root, cacheDir ? { cacheDir } : {})
  timings.push({ name: 'load specs', ms: performance.now() - start, files: specs.methods.length })

  const methodKeys = new Map(specs.methods.map((m) => [m.file, cacheDir ? getMethodKey(m) : undefined]))
  const runKey = cacheDir ? await getRunKey(config.emitters, specs.shared, methodKeys) : undefined
  if (cacheDir && runKey) {
    start = performance.now()
    const upToDate = await readUpToDate(cacheDir, root, { run: runKey }, owned)
    if (upToDate) {
      // The spec files changed but not what they say (a comment): record their new bytes.
      await writeManifest(cacheDir, root, { run: runKey, inputs: inputsKey as string }, owned, upToDate.emitters, specs.methods.length)
      return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
    }
  }

  const project = createTsProject()
  const caches: OutputCache[] = []
  const files: GeneratedFile[] = []
  const seen = new Map<string, string>()
  // Files of methods served from the cache: the same text the last run wrote.
  const reused = new Set<string>()
  for (const emitter of config.emitters) {
    options.onStep?.(emitter.name)
    const ctx = createEmitContext(emitter.name, specs, project)
    start = performance.now()
    const cache = cacheDir ? await openOutputCache(cacheDir, emitter, specs.shared) : undefined
    const out = cache ? await emitCached(emitter, ctx, cache, methodKeys, reused) : await emitter.emit(ctx)
    if (cache) caches.push(cache)
    for (const file of out) {
      const owner = seen.get(file.path)
      if (owner) throw new Error(`Emitters ${owner} and ${emitter.name} both write ${file.path}`)
      seen.set(file.path, emitter.name)
      if (!emitter.outputs.some((dir) => file.path.startsWith(`${dir}/`))) {
        throw new Error(`Emitter ${emitter.name} wrote ${file.path}, outside the folders it owns (${emitter.outputs.join(', ')})`)
      }
    }
    files.push(...out)
    timings.push({ name: emitter.name, ms: performance.now() - start, files: out.length, ...(cache ? { cached: cache.hits } : {}) })
  }
  // Caches are saved only once every emitter has succeeded, before anything is written.
  await Promise.all(caches.map((cache) => cache.save()))
  files.sort((a, b) => compareCodeUnits(a.path, b.path))
  options.onStep?.(options.check ? 'compare' : 'write')
  // A reused file untouched since the last run wrote it holds its text already: no need to read it.
  const stampCheck = cacheDir ? await createStampCheck(cacheDir, root) : undefined
  const plan = await planOutput(root, files, owned, stampCheck ? (path) => reused.has(path) && stampCheck(path) : undefined)
  if (!options.check) await applyOutput(root, plan)
  if (cacheDir && runKey && inputsKey) {
    const counts = config.emitters.map((e) => ({ name: e.name, files: timings.find((t) => t.name === e.name)?.files ?? 0 }))
    await writeManifest(cacheDir, root, { run: runKey, inputs: inputsKey }, owned, counts, specs.methods.length)
  }
  return { plan, files, timings, methods: specs.methods.length, wrote: !options.check, owners: seen, outputs }
}

/**
 * The report of a run the manifest found up to date: nothing emitted, compared or written; each
 * emitter's line says how many files it owns, and a split emitter that every method was served.
 */
function reportUpToDate(emitters: readonly Emitter[], upToDate: UpToDate, timings: GenerateReport['timings'], ms: number): GenerateReport {
  const { methods } = upToDate
  for (const emitter of emitters) {
    const files = upToDate.emitters.find((e) => e.name === emitter.name)?.files ?? 0
    timings.push({ name: emitter.name, ms: 0, files, ...(emitter.emitMethod ? { cached: methods } : {}) })
  }
  timings.push({ name: 'up to date', ms, files: upToDate.files.length })
  const plan = { changed: [], stale: [], unchanged: upToDate.files.length }
  return { plan, files: [], timings, methods, wrote: false, upToDate: true, unchangedPaths: upToDate.files }
}
