/**
 * One emitter's run: a split emitter serves each method from its per-method output cache when it
 * can and emits the rest; any other emitter emits everything. Shared by the core's own thread and
 * the emit worker (emit-worker.ts), so both produce the same files and cache entries.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { SpecSet } from '@b24kit/spec'
import { createEmitContext } from './emit-context.js'
import type { EmitContext, Emitter, GeneratedFile } from './emitter.js'
import { getFileBytes } from './file-bytes.js'
import { hashText } from './file-hash.js'
import { describeIndexChanges, SummaryMap } from './index-changes.js'
import { type CachedMethod, type FileHash, getOutputScope, OutputCache } from './output-cache.js'
import type { StampBook } from './run-manifest.js'
import type { TsPrinter } from './ts-project.js'

export async function openOutputCache(dir: string, emitter: Emitter, shared: SpecSet['shared']): Promise<OutputCache | undefined> {
  if (!emitter.emitMethod || !emitter.emitIndex) return undefined
  const scope = await getOutputScope(emitter, shared)
  return scope === undefined ? undefined : OutputCache.open(dir, emitter.name, scope)
}

/** A file the last run wrote and nobody touched since: its text is read only if somebody asks. */
export function readOnDemand(root: string, path: string): GeneratedFile {
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
export interface CachedRun {
  root: string
  keys: ReadonlyMap<string, string | undefined>
  book: StampBook
  /** Each produced file's text hash, by path (filled as files are produced or reused). */
  hashes: Map<string, string>
  /** Files of methods served from the cache, whose disk text the book vouched for. */
  reused: Set<string>
  /**
   * Each freshly emitted file's UTF-8 bytes, by path (every run with a cache keeps them): the
   * text is encoded once, hashed as bytes and written as the same bytes (not encoded again).
   */
  bytes?: Map<string, Uint8Array>
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
  return files.map((f) => ({ path: f.path, hash: hashFile(f, run) }))
}

const encoder = new TextEncoder()

/**
 * Records one freshly emitted file's hash (and its bytes when the run keeps them). The bytes have
 * an ArrayBuffer of their own, so a worker can hand them over without a copy.
 */
export function hashFile(file: GeneratedFile, run: CachedRun): string {
  let hash: string
  const made = getFileBytes(file)
  if (run.bytes || made) {
    const bytes = made ?? encoder.encode(file.content)
    run.bytes?.set(file.path, bytes)
    hash = hashText(bytes)
  } else hash = hashText(file.content)
  run.hashes.set(file.path, hash)
  return hash
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

/** What one emitter produced, and what its run cost. */
export interface EmitterOutput {
  files: GeneratedFile[]
  ms: number
  /** For a cached emitter: how many methods it reused. */
  hits?: number
  /** Its output cache, to save once every emitter has succeeded. */
  cache?: OutputCache
  /** It ran on the emit worker's thread. */
  worker?: boolean
}

/**
 * Runs one emitter: from its output cache when the run has one, else whole. With a run, every
 * produced file's text hash ends up in `run.hashes` (the manifest records them all).
 */
export async function runEmitter(
  emitter: Emitter,
  specs: SpecSet,
  printer: TsPrinter,
  cacheDir: string | undefined,
  run: CachedRun | undefined,
): Promise<EmitterOutput> {
  const ctx = createEmitContext(emitter.name, specs, printer)
  const start = performance.now()
  const cache = cacheDir ? await openOutputCache(cacheDir, emitter, specs.shared) : undefined
  const served = cache && run ? await emitCached(emitter, ctx, cache, run) : undefined
  const files = served ? served.files : await emitter.emit(ctx)
  // Index files and whole-output emitters are hashed here.
  if (run) for (const file of files) if (!run.hashes.has(file.path)) hashFile(file, run)
  return { files, ms: performance.now() - start, ...(served ? { hits: served.hits } : {}), ...(cache ? { cache } : {}) }
}
