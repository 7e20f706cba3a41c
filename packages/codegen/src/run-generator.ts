/**
 * The generator's core: load and validate the specs, run each emitter, then check or write the
 * output. It times each emitter so the CLI can print where the time goes.
 */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { SpecSet } from '@b24kit/spec'
import type { CodegenConfig } from './config.js'
import { createEmitContext } from './emit-context.js'
import type { EmitContext, Emitter, GeneratedFile } from './emitter.js'
import { FileHasher, hashText } from './file-hash.js'
import { describeIndexChanges, SummaryMap } from './index-changes.js'
import { loadSpecs } from './load-specs.js'
import { compareCodeUnits } from './naming.js'
import { type CachedMethod, type FileHash, getMethodKey, getOutputScope, OutputCache } from './output-cache.js'
import {
  getInputsKey,
  getRunKey,
  readManifest,
  readUpToDate,
  rekeyManifest,
  StampBook,
  type UpToDate,
  writeManifest,
} from './run-manifest.js'
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

/** A file the last run wrote and nobody touched since: its text is read only if somebody asks. */
function readOnDemand(root: string, path: string): GeneratedFile {
  let text: string | undefined
  return {
    path,
    get content() {
      text ??= readFileSync(join(root, path), 'utf8')
      return text
    },
  }
}

/** What a cached emitter's run shares: the root, the method keys, the last run's book, the hashes so far. */
interface CachedRun {
  root: string
  keys: ReadonlyMap<string, string | undefined>
  book: StampBook
  /** Each produced file's text hash, by path (filled as files are produced or reused). */
  hashes: Map<string, string>
  /** Files of methods served from the cache, whose disk text the book vouched for. */
  reused: Set<string>
}

/** The cache entry of an emitter's shared files: not a spec file's path, so no method's. */
const sharedEntry = '<shared>'

/** A cached entry's files when the disk still holds each as recorded, to be read only on demand. */
function reuseFiles(hit: CachedMethod | undefined, run: CachedRun): GeneratedFile[] | undefined {
  if (!hit?.files.every((f) => run.book.holds(f.path, f.hash))) return undefined
  for (const file of hit.files) {
    run.hashes.set(file.path, file.hash)
    run.reused.add(file.path)
  }
  return hit.files.map((f) => readOnDemand(run.root, f.path))
}

/** Hashes freshly emitted files into the run's record, and returns what the cache stores of them. */
function hashFiles(files: readonly GeneratedFile[], run: CachedRun): FileHash[] {
  const hashed = files.map((f) => ({ path: f.path, hash: hashText(f.content) }))
  for (const f of hashed) run.hashes.set(f.path, f.hash)
  return hashed
}

/** An emitter's shared files: from the cache (its scope keys the shared specs), else emitted and stored. */
function serveShared(
  emitShared: NonNullable<Emitter['emitShared']>,
  ctx: EmitContext,
  cache: OutputCache,
  run: CachedRun,
): GeneratedFile[] {
  const reused = reuseFiles(cache.get(sharedEntry, 'shared'), run)
  if (reused) return reused
  const files = emitShared(ctx)
  cache.set(sharedEntry, 'shared', hashFiles(files, run))
  return files
}

/**
 * Runs a split emitter: each method from the cache when its key matches and the disk still holds
 * every file it recorded, then the index files. Returns the files and how many methods were reused.
 */
async function emitCached(
  emitter: Emitter,
  ctx: EmitContext,
  cache: OutputCache,
  run: CachedRun,
): Promise<{ files: GeneratedFile[]; hits: number }> {
  const emitMethod = emitter.emitMethod as NonNullable<Emitter['emitMethod']>
  const emitIndex = emitter.emitIndex as NonNullable<Emitter['emitIndex']>
  const summarize = emitter.summarizeMethod
  const out: GeneratedFile[] = []
  const summaries = new SummaryMap()
  const changed: string[] = []
  let hits = 0
  if (emitter.emitShared) out.push(...serveShared(emitter.emitShared, ctx, cache, run))
  for (const method of ctx.specs.methods) {
    const key = run.keys.get(method.file)
    const hit = key === undefined ? undefined : cache.get(method.file, key)
    const reused = hit && (!summarize || 'summary' in hit) ? reuseFiles(hit, run) : undefined
    if (hit && reused) {
      hits++
      out.push(...reused)
      // A summary whose cached text is damaged is made again from the spec.
      if (summarize)
        summaries.put(method.file, {
          get summary() {
            return hit.summary ?? summarize(ctx, method)
          },
        })
      continue
    }
    const files = emitMethod(ctx, method)
    const summary = summarize ? [summarize(ctx, method)] : []
    const hashed = hashFiles(files, run)
    if (key !== undefined) cache.set(method.file, key, hashed, ...(summary as [] | [unknown]))
    out.push(...files)
    changed.push(method.file)
    if (summarize) summaries.put(method.file, { summary: summary[0] })
  }
  const methods = new Set(ctx.specs.methods.map((m) => m.file))
  const changes = summarize ? describeIndexChanges(cache, run.book, methods, changed, sharedEntry) : undefined
  out.push(...(await (summarize ? emitIndex(ctx, summaries, changes) : emitIndex(ctx))))
  return { files: out, hits }
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
  // One hasher for the run: the spec files hashed for the inputs key are not read again to load them.
  const hasher = new FileHasher()
  const inputsKey = cacheDir ? await getInputsKey(join(root, config.specs), config.emitters, hasher) : undefined
  // Read once: the up-to-date checks below and the stamp book share it.
  const manifest = cacheDir ? await readManifest(cacheDir) : undefined
  if (cacheDir && inputsKey) {
    const upToDate = readUpToDate(manifest, root, { inputs: inputsKey }, owned)
    if (upToDate) return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
  }
  const specs = await loadSpecs(join(root, config.specs), root, cacheDir ? { cacheDir, hasher } : {})
  timings.push({ name: 'load specs', ms: performance.now() - start, files: specs.methods.length })

  const methodKeys = new Map(specs.methods.map((m) => [m.file, cacheDir ? getMethodKey(m) : undefined]))
  const runKey = cacheDir ? await getRunKey(config.emitters, specs.shared, methodKeys) : undefined
  if (cacheDir && runKey) {
    start = performance.now()
    const upToDate = readUpToDate(manifest, root, { run: runKey }, owned)
    if (upToDate) {
      // The spec files changed but not what they say (a comment): record their new bytes.
      await rekeyManifest(cacheDir, manifest as NonNullable<typeof manifest>, inputsKey as string)
      return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
    }
  }

  const project = createTsProject()
  const caches: OutputCache[] = []
  const files: GeneratedFile[] = []
  const seen = new Map<string, string>()
  const book = cacheDir ? StampBook.from(manifest, root) : undefined
  const run: CachedRun | undefined = book && { root, keys: methodKeys, book, hashes: new Map(), reused: new Set() }
  for (const emitter of config.emitters) {
    options.onStep?.(emitter.name)
    const ctx = createEmitContext(emitter.name, specs, project)
    start = performance.now()
    const cache = cacheDir ? await openOutputCache(cacheDir, emitter, specs.shared) : undefined
    const served = cache && run ? await emitCached(emitter, ctx, cache, run) : undefined
    const out = served ? served.files : await emitter.emit(ctx)
    if (cache) caches.push(cache)
    for (const file of out) {
      const owner = seen.get(file.path)
      if (owner) throw new Error(`Emitters ${owner} and ${emitter.name} both write ${file.path}`)
      seen.set(file.path, emitter.name)
      if (!emitter.outputs.some((dir) => file.path.startsWith(`${dir}/`))) {
        throw new Error(`Emitter ${emitter.name} wrote ${file.path}, outside the folders it owns (${emitter.outputs.join(', ')})`)
      }
    }
    // The manifest records every file's text hash: index files and whole-output emitters here.
    if (run) for (const file of out) if (!run.hashes.has(file.path)) run.hashes.set(file.path, hashText(file.content))
    files.push(...out)
    timings.push({ name: emitter.name, ms: performance.now() - start, files: out.length, ...(served ? { cached: served.hits } : {}) })
  }
  // Caches are saved only once every emitter has succeeded, before anything is written.
  await Promise.all(caches.map((cache) => cache.save()))
  files.sort((a, b) => compareCodeUnits(a.path, b.path))
  options.onStep?.(options.check ? 'compare' : 'write')
  // A file the last run wrote with the same text, untouched since, needs no read: reused methods'
  // files (vouched for already) and index files whose new text hashes the same.
  const plan = await planOutput(
    root,
    files,
    owned,
    run ? (path) => run.reused.has(path) || run.book.holds(path, run.hashes.get(path)) : undefined,
  )
  if (!options.check) await applyOutput(root, plan)
  if (cacheDir && runKey && inputsKey && run) {
    const counts = config.emitters.map((e) => ({ name: e.name, files: timings.find((t) => t.name === e.name)?.files ?? 0 }))
    const written = new Set(plan.changed.map((f) => f.path))
    await writeManifest(
      cacheDir,
      { run: runKey, inputs: inputsKey },
      { hashes: run.hashes, written, book: run.book },
      counts,
      specs.methods.length,
    )
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
