/**
 * The generator's core: load and validate the specs, run each emitter, then check or write the
 * output. It times each emitter so the CLI can print where the time goes.
 */

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CodegenConfig } from './config.js'
import type { CachedRun, EmitterOutput } from './emit-cached.js'
import type { Emitter, GeneratedFile } from './emitter.js'
import { FileHasher } from './file-hash.js'
import { isMethodSpecName, loadSpecs } from './load-specs.js'
import { compareCodeUnits } from './naming.js'
import { getGeneratorHash, getMethodKey, type OutputCache } from './output-cache.js'
import { EmitWorker, emitInProcess } from './parallel-emit.js'
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
import { type StagedFile, StagedOutput } from './staged-output.js'
import { createTsProject } from './ts-project.js'
import { applyOutput, type OutputPlan, planOutput } from './write-output.js'

export interface GenerateOptions {
  /** The repository root: specs and outputs are resolved from here. */
  root: string
  config: CodegenConfig
  /**
   * The file `config` was imported from (a path or file URL): the emit worker imports it (see
   * `emitThreads`); without it every emitter runs on the caller's thread.
   */
  configFile?: string
  /**
   * Where emitters run. `core` (the default): every emitter on the caller's thread. `auto`: a
   * second thread joins a run with much to emit (no record of an earlier run, at least
   * `workerMethods` specs) while a core is idle (EmitWorker.start). `worker`: every emitter on the
   * second thread (tests pin its output to the core's). Both need `configFile`. `core` is the
   * default because no idle core was ever there to measure it on the 2-core bench machine: under
   * load, cold runs with the worker were no faster.
   */
  emitThreads?: 'auto' | 'core' | 'worker'
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

/**
 * The fewest specs for which `auto` starts the emit worker. Its startup costs ~0.7 s of CPU and
 * slows the specs' loading it overlaps; emitting 2,000 methods takes ~2.5 s of one core, so a few
 * hundred methods are about where half of emitting could be worth it (a judgement, not measured).
 */
export const workerMethods = 500

/**
 * Whether a run asks for the emit worker: `worker` always; `auto` for a run with much to emit (no
 * record of an earlier run, at least `workerMethods` specs, not a check). Counting the specs is a
 * directory listing, done only when the rest holds.
 */
export function chooseEmitWorker(
  threads: 'auto' | 'core' | 'worker',
  run: { check: boolean; manifest: boolean; specs: () => number },
): boolean {
  if (threads !== 'auto') return threads === 'worker'
  return !run.check && !run.manifest && run.specs() >= workerMethods
}

/** How many method spec files `dir` holds (as loadSpecs counts them), 0 when it cannot be read. */
function countSpecFiles(dir: string): number {
  try {
    return readdirSync(dir).filter(isMethodSpecName).length
  } catch {
    return 0
  }
}

/** The default cache folder under a root (gitignored with node_modules). */
export function getDefaultCacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'b24kit-codegen')
}

export interface GenerateReport {
  plan: OutputPlan
  files: GeneratedFile[]
  /**
   * Per step: time, files produced, for a cached emitter how many methods it reused, and `worker`
   * when the emitter ran on the second thread (its time then overlaps the others').
   */
  timings: { name: string; ms: number; files: number; cached?: number; worker?: true }[]
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
  /**
   * Wall time of the run's phases after loading: emitting (on one thread or two), then writing
   * (saving caches, comparing, writing, renaming staged folders, the manifest).
   */
  phases?: { emitMs: number; writeMs: number }
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
  const threads = options.emitThreads ?? 'core'
  if (threads !== 'core' && !options.configFile)
    throw new Error(`emitThreads "${threads}" needs configFile: the worker imports the config from it`)
  const specsDir = join(root, config.specs)
  // Read once: the up-to-date checks below and the stamp book share it.
  const manifest = cacheDir ? await readManifest(cacheDir) : undefined
  // With much to emit, a second thread starts while the specs load (esbuild bundles its code
  // beside them, in its own process).
  const useWorker = chooseEmitWorker(threads, {
    check: options.check === true,
    manifest: manifest !== undefined,
    specs: () => countSpecFiles(specsDir),
  })
  const starting = useWorker ? EmitWorker.start(options.configFile as string, root, config.emitters, threads === 'worker') : undefined
  starting?.catch(() => undefined)
  const closeWorker = async () => (await starting?.catch(() => undefined))?.close()
  // Nothing changed since the last run: the spec files' hashes and the output folders' stamps say so.
  // One hasher for the run: the spec files hashed for the inputs key are not read again to load them.
  const hasher = new FileHasher()
  const inputsKey = cacheDir ? await getInputsKey(specsDir, config.emitters, hasher) : undefined
  if (cacheDir && inputsKey) {
    const upToDate = readUpToDate(manifest, root, { inputs: inputsKey }, owned)
    if (upToDate) {
      await closeWorker()
      return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
    }
  }
  // The output caches' scope hashes the generator's sources: read while esbuild bundles the specs.
  if (cacheDir) getGeneratorHash().catch(() => undefined)
  const specs = await loadSpecs(specsDir, root, cacheDir ? { cacheDir, hasher } : {}).catch(async (error: unknown) => {
    await closeWorker()
    throw error
  })
  const worker = await starting
  timings.push({ name: 'load specs', ms: performance.now() - start, files: specs.methods.length })

  const methodKeys = new Map(specs.methods.map((m) => [m.file, cacheDir ? getMethodKey(m) : undefined]))
  const runKey = cacheDir ? await getRunKey(config.emitters, specs.shared, methodKeys) : undefined
  if (cacheDir && runKey) {
    start = performance.now()
    const upToDate = readUpToDate(manifest, root, { run: runKey }, owned)
    if (upToDate) {
      await worker?.close()
      // The spec files changed but not what they say (a comment): record their new bytes.
      await rekeyManifest(cacheDir, manifest as NonNullable<typeof manifest>, inputsKey as string)
      return { ...reportUpToDate(config.emitters, upToDate, timings, performance.now() - start), outputs }
    }
  }

  const caches: OutputCache[] = []
  const files: GeneratedFile[] = []
  const seen = new Map<string, string>()
  const book = cacheDir ? StampBook.from(manifest, root) : undefined
  const run: CachedRun | undefined = book && { root, keys: methodKeys, book, hashes: new Map(), reused: new Set() }
  // Output folders that do not exist yet are written while later emitters run, out of sight.
  const staged = options.check ? undefined : await StagedOutput.open(root, owned)
  // Each new text is encoded once, to hash it, and written as those bytes (the OpenAPI document is
  // ~7.6 MB at 2,000 methods: encoding it again to write cost ~17 ms).
  if (run) run.bytes = new Map()
  const accept = (emitter: Emitter, out: EmitterOutput) => {
    for (const file of out.files) {
      const owner = seen.get(file.path)
      if (owner) throw new Error(`Emitters ${owner} and ${emitter.name} both write ${file.path}`)
      seen.set(file.path, emitter.name)
      if (!emitter.outputs.some((dir) => file.path.startsWith(`${dir}/`))) {
        throw new Error(`Emitter ${emitter.name} wrote ${file.path}, outside the folders it owns (${emitter.outputs.join(', ')})`)
      }
    }
    if (out.cache) caches.push(out.cache)
    if (staged?.any) staged.write(toStagedFiles(out.files, run))
    files.push(...out.files)
    timings.push({
      name: emitter.name,
      ms: out.ms,
      files: out.files.length,
      ...(out.hits === undefined ? {} : { cached: out.hits }),
      ...(out.worker ? { worker: true as const } : {}),
    })
  }
  const job = {
    emitters: config.emitters,
    specs,
    printer: createTsProject(),
    cacheDir,
    run,
    keys: methodKeys,
    manifest,
    onStep: options.onStep,
  }
  let plan: OutputPlan
  const emitStart = performance.now()
  let writeStart = emitStart
  try {
    await (worker ? worker.emit(job, accept, threads !== 'worker') : emitInProcess(job, accept))
    writeStart = performance.now()
    // Caches are saved only once every emitter has succeeded, before anything is written.
    await Promise.all([...caches.map((cache) => cache.save()), worker?.save()])
    files.sort((a, b) => compareCodeUnits(a.path, b.path))
    options.onStep?.(options.check ? 'compare' : 'write')
    // A file the last run wrote, untouched since, needs no read: reused methods' files are vouched
    // for already, and an index file's new text is the same or not as its hash says.
    plan = await planOutput(root, files, owned, run ? (path) => compareRecorded(run, path) : undefined)
    if (!options.check) {
      const rest = staged?.any ? { ...plan, changed: plan.changed.filter((f) => !staged.holds(f.path)) } : plan
      await applyOutput(root, rest, (path) => run?.bytes?.get(path))
    }
    await staged?.commit()
  } catch (error) {
    await staged?.discard()
    throw error
  } finally {
    await worker?.close()
  }
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
  const phases = { emitMs: writeStart - emitStart, writeMs: performance.now() - writeStart }
  return { plan, files, timings, methods: specs.methods.length, wrote: !options.check, owners: seen, outputs, phases }
}

/**
 * Whether the file at `path` holds the run's new text, known without reading it: it was reused, or
 * it is as the last run left it (then its recorded hash tells). Undefined: read it to compare.
 */
function compareRecorded(run: CachedRun, path: string): boolean | undefined {
  if (run.reused.has(path)) return true
  const onDisk = run.book.readRecordedHash(path)
  return onDisk === undefined ? undefined : onDisk === run.hashes.get(path)
}

const encoder = new TextEncoder()

/** An emitter's new files as bytes to stage: encoded once, when hashed, where the run kept them. */
function toStagedFiles(files: readonly GeneratedFile[], run: CachedRun | undefined): StagedFile[] {
  const out: StagedFile[] = []
  for (const file of files) {
    if (run?.reused.has(file.path)) continue
    const bytes = run?.bytes?.get(file.path) ?? encoder.encode(file.content)
    run?.bytes?.delete(file.path)
    out.push({ path: file.path, bytes })
  }
  return out
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
