/**
 * The output cache: what an emitter last produced for each method, reused while the method's
 * validated spec, the shared specs, the generator's sources and the emitter's cache key are
 * unchanged. It holds each file's path and content hash, not its text: the files on disk are the
 * text, and the run manifest vouches for a file when its size, time and hash are the ones the last
 * run recorded (a method whose file fails that is emitted again). So a run reads and writes a
 * cache of summaries and hashes, not every generated file twice (the docs cache alone held 61 MB
 * of page text at 2,000 methods). One file per emitter under the cache folder: a JSON header line,
 * then one line per method (its spec file, key and the entry's checksum, then its files' hashes as
 * JSON and its summary as JSON, tab-separated), so a run parses only the entries it looks up (a
 * summary only when the emitter reads it) and writes back the unchanged ones as the text it read.
 * It fails safe: an unreadable, malformed or tampered file, or a different key, is a miss. Check
 * mode never opens it.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LoadedMethod, MethodSpec, SharedSpecs } from '@b24kit/spec'
import { hashSourceTree, hashText } from './file-hash.js'
import { isExactJson, printExactJson } from './json-data.js'
import {
  type CacheLine,
  findFields,
  type LineCache,
  readField,
  readLineCache,
  type SavedLine,
  saveLineCache,
  sliceField,
} from './line-cache-file.js'

/** Bump when what the cache stores changes shape. */
const cacheFormat = 'b24kit-output-cache/6'

/** A file a method produced, by path and the hash of its text. */
export interface FileHash {
  path: string
  hash: string
}

/**
 * One method's cached output: its files' hashes and, when the emitter summarizes, its summary,
 * checked and parsed on first read (an index patched from the last one reads only the changed
 * methods'); undefined when its text is damaged.
 */
export interface CachedMethod {
  files: FileHash[]
  readonly summary?: unknown
}

/** One method's line as read: its key, and the line itself to write back unchanged. */
interface RawLine {
  key: string
  /** The checksums of the files' JSON and of the summary's. */
  sum: string
  summarySum: string
  line: CacheLine
  /** Where its fields start (findFields): file, key, the two checksums, files, summary (empty: none). */
  at: number[]
}

function parseLine(line: CacheLine): [string, RawLine] | undefined {
  const at = findFields(line, 5)
  if (!at) return undefined
  try {
    const file: unknown = JSON.parse(readField(line, at, 0))
    const key: unknown = JSON.parse(readField(line, at, 1))
    if (typeof file !== 'string' || typeof key !== 'string') return undefined
    return [file, { key, sum: readField(line, at, 2), summarySum: readField(line, at, 3), line, at }]
  } catch {
    return undefined
  }
}

/**
 * A line's entry when its files' checksum holds and they parse. Its summary is checked and parsed
 * when read, so an index patched from the last one hashes only the summaries it reads (the
 * OpenAPI parts are ~9 MB at 2,000 methods); a damaged one reads as undefined, and the core
 * summarizes that method again from its spec.
 */
function readEntry(raw: RawLine): CachedMethod | undefined {
  if (hashText(sliceField(raw.line, raw.at, 4)) !== raw.sum) return undefined
  let files: unknown
  try {
    files = JSON.parse(readField(raw.line, raw.at, 4))
  } catch {
    return undefined
  }
  if (!areFileHashes(files)) return undefined
  if (raw.summarySum === '') return { files }
  let summary: { value: unknown } | undefined
  return {
    files,
    get summary() {
      // The checksum vouches for the text, which set() printed from a value JSON carries exactly.
      summary ??= {
        value: hashText(sliceField(raw.line, raw.at, 5)) === raw.summarySum ? JSON.parse(readField(raw.line, raw.at, 5)) : undefined,
      }
      return summary.value
    },
  }
}

/** A hash of JSON that stands for `value` only if JSON carries it exactly; otherwise undefined. */
export function hashExactJson(...values: unknown[]): string | undefined {
  const parts: string[] = []
  for (const value of values) {
    const json = printExactJson(value)
    if (json === undefined) return undefined
    parts.push(json)
  }
  return hashText(...parts)
}

/** The hash of the JSON of validated specs read from the spec cache, which JSON carries exactly by construction. */
const specJsonHash = new WeakMap<MethodSpec, string>()

/** Records the hash of the JSON a spec was parsed from (the spec cache's), so its key needs no stringify and compare. */
export function rememberSpecJson(spec: MethodSpec, jsonHash: string): void {
  specJsonHash.set(spec, jsonHash)
}

/** The key of one method's cached output: its file and validated spec, or undefined (never cached). */
export function getMethodKey(method: LoadedMethod): string | undefined {
  let jsonHash = specJsonHash.get(method.spec)
  if (jsonHash === undefined) {
    const json = printExactJson(method.spec)
    if (json === undefined) return undefined
    jsonHash = hashText(json)
  }
  return hashText(JSON.stringify(method.file), jsonHash)
}

let sourcesHash: Promise<string> | undefined
/** A hash of @b24kit/codegen's sources (the core and every emitter in it), once per process. */
export function getGeneratorHash(): Promise<string> {
  sourcesHash ??= hashSourceTree(dirname(fileURLToPath(import.meta.url)))
  return sourcesHash
}

/** Takes the core's hash of the generator's sources: an emit worker run from a bundle has no module URL to find them. */
export function primeGeneratorHash(hash: string): void {
  sourcesHash = Promise.resolve(hash)
}

function areFileHashes(value: unknown): value is FileHash[] {
  return Array.isArray(value) && value.every((f) => !!f && typeof f.path === 'string' && typeof f.hash === 'string')
}

/** One emitter's per-method output cache for one run. */
export class OutputCache {
  readonly #file: string
  readonly #scope: string
  readonly #read: LineCache<RawLine>
  readonly #old: Map<string, RawLine>
  /** Entries whose line is new this run: a save appends just these. */
  readonly #added = new Set<string>()
  readonly #next = new Map<string, SavedLine>()

  private constructor(file: string, scope: string, read: LineCache<RawLine>) {
    this.#file = file
    this.#scope = scope
    this.#read = read
    this.#old = read.entries
  }

  /**
   * Opens `emitter`'s cache in `dir`. `scope` stands for everything every method's output shares
   * (generator sources, cache key, shared specs); a cache made under another scope starts empty.
   */
  static async open(dir: string, emitter: string, scope: string): Promise<OutputCache> {
    const file = join(dir, `outputs-${emitter.replace(/[^\w.-]/g, '_')}.json`)
    return new OutputCache(file, scope, readLineCache(file, { format: cacheFormat, scope }, parseLine))
  }

  /**
   * The cached file hashes and summary of the method at `file` under `key`, or undefined. A hit is
   * kept for the next run unless `set` replaces it.
   */
  get(file: string, key: string): CachedMethod | undefined {
    const raw = this.#old.get(file)
    if (!raw || raw.key !== key) return undefined
    const entry = readEntry(raw)
    if (entry) this.#next.set(file, raw.line)
    return entry
  }

  /**
   * What the last run cached for the method at `file`, under whatever key (a method that changed
   * since): an emitter patches its index with it. Nothing is kept for the next run.
   */
  getPrevious(file: string): CachedMethod | undefined {
    const raw = this.#old.get(file)
    return raw && readEntry(raw)
  }

  /** The names of the entries the last run left (spec files, and the shared entry). */
  listPrevious(): IterableIterator<string> {
    return this.#old.keys()
  }

  /**
   * Records what the emitter produced for the method at `file`. A summary that JSON would not
   * carry exactly is not stored (the method is emitted again next time), so a hit is always it.
   */
  set(file: string, key: string, files: readonly FileHash[], ...summary: [] | [unknown]): void {
    if (summary.length && !isExactJson(summary[0])) return
    const filesJson = JSON.stringify(files.map((f) => ({ path: f.path, hash: f.hash })))
    const summaryJson = summary.length ? JSON.stringify(summary[0]) : ''
    const sums = `${hashText(filesJson)}\t${summary.length ? hashText(summaryJson) : ''}`
    // JSON text holds no raw tab or line break, so both delimit safely.
    this.#next.set(file, `${JSON.stringify(file)}\t${JSON.stringify(key)}\t${sums}\t${filesJson}\t${summaryJson}`)
    this.#added.add(file)
  }

  /** Writes the cache when it changed, keeping only this run's methods. */
  async save(): Promise<void> {
    await saveLineCache(this.#file, { format: cacheFormat, scope: this.#scope }, this.#next, this.#added, this.#read)
  }
}

/** The scope of an emitter's cache: the generator's sources, its name and key, and the shared specs. */
export async function getOutputScope(emitter: { name: string; cacheKey?: string }, shared: SharedSpecs): Promise<string | undefined> {
  const sharedKey = hashExactJson(shared)
  if (sharedKey === undefined) return undefined
  return hashText(cacheFormat, await getGeneratorHash(), emitter.name, emitter.cacheKey ?? '', sharedKey)
}
