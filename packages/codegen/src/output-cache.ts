/**
 * The output cache: each method's files as an emitter last produced them, reused while the
 * method's validated spec, the shared specs, the generator's sources and the emitter's cache key
 * are unchanged. One file per emitter under the cache folder: a JSON header line, then one line
 * per method (its spec file and key as JSON, tab-separated, then the entry as JSON), so a run
 * parses only the entries it looks up and writes back the unchanged ones as the text it read
 * (the docs cache of 1,000 methods is ~20 MB: re-serializing it cost more than the rest of an
 * incremental save). Like the spec cache it fails safe: an unreadable, malformed or tampered
 * file, or a different key, is a miss. Check mode never opens it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import type { LoadedMethod, SharedSpecs } from '@b24kit/spec'
import type { GeneratedFile } from './emitter.js'
import { hashSourceTree, hashText } from './file-hash.js'

/** Bump when what the cache stores changes shape. */
const cacheFormat = 'b24kit-output-cache/3'

interface Entry {
  key: string
  sum: string
  files: GeneratedFile[]
  /** The emitter's summary of the method (JSON), when it has one. */
  summary?: unknown
}

/** One method's cached output: its files and the emitter's summary of it. */
export interface CachedMethod {
  files: GeneratedFile[]
  summary?: unknown
}

interface CacheHeader {
  format: string
  scope: string
}

/** One method's line as read: its key, and the line itself to write back unchanged. */
interface RawLine {
  key: string
  line: string
  /** Where the entry's JSON starts in `line`. */
  at: number
}

function parseLine(line: string): [string, RawLine] | undefined {
  const first = line.indexOf('\t')
  const second = first < 0 ? -1 : line.indexOf('\t', first + 1)
  if (second < 0) return undefined
  try {
    const file: unknown = JSON.parse(line.slice(0, first))
    const key: unknown = JSON.parse(line.slice(first + 1, second))
    if (typeof file !== 'string' || typeof key !== 'string') return undefined
    return [file, { key, line, at: second + 1 }]
  } catch {
    return undefined
  }
}

function formatLine(file: string, entry: Entry): string {
  // JSON text holds no raw tab or line break, so both delimit safely.
  return `${JSON.stringify(file)}\t${JSON.stringify(entry.key)}\t${JSON.stringify(entry)}`
}

/** A hash of JSON that stands for `value` only if JSON carries it exactly; otherwise undefined. */
export function hashExactJson(...values: unknown[]): string | undefined {
  const parts: string[] = []
  for (const value of values) {
    const json = JSON.stringify(value)
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) return undefined
    parts.push(json)
  }
  return hashText(...parts)
}

/** The key of one method's cached output: its file and validated spec, or undefined (never cached). */
export function getMethodKey(method: LoadedMethod): string | undefined {
  return hashExactJson(method.file, method.spec)
}

let sourcesHash: Promise<string> | undefined
/** A hash of @b24kit/codegen's sources (the core and every emitter in it), once per process. */
export function getGeneratorHash(): Promise<string> {
  sourcesHash ??= hashSourceTree(dirname(fileURLToPath(import.meta.url)))
  return sourcesHash
}

function sumEntry(files: GeneratedFile[], summary: unknown): string {
  return hashText(...files.flatMap((f) => [f.path, f.content]), JSON.stringify(summary) ?? '')
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false
  const entry = value as Partial<Entry>
  return (
    typeof entry.key === 'string' &&
    typeof entry.sum === 'string' &&
    Array.isArray(entry.files) &&
    entry.files.every((f) => !!f && typeof f.path === 'string' && typeof f.content === 'string')
  )
}

/** One emitter's per-method output cache for one run. */
export class OutputCache {
  readonly #file: string
  readonly #scope: string
  readonly #old: Map<string, RawLine>
  readonly #next = new Map<string, string>()
  #dirty = false
  /** Methods served from the cache this run. */
  hits = 0

  private constructor(file: string, scope: string, old: Map<string, RawLine>) {
    this.#file = file
    this.#scope = scope
    this.#old = old
  }

  /**
   * Opens `emitter`'s cache in `dir`. `scope` stands for everything every method's output shares
   * (generator sources, cache key, shared specs); a cache made under another scope starts empty.
   */
  static async open(dir: string, emitter: string, scope: string): Promise<OutputCache> {
    const file = join(dir, `outputs-${emitter.replace(/[^\w.-]/g, '_')}.json`)
    const old = new Map<string, RawLine>()
    try {
      const lines = (await readFile(file, 'utf8')).split('\n')
      const header = JSON.parse(lines[0] ?? '') as Partial<CacheHeader>
      if (header.format === cacheFormat && header.scope === scope) {
        for (let i = 1; i < lines.length; i++) {
          const parsed = parseLine(lines[i] as string)
          if (parsed) old.set(parsed[0], parsed[1])
        }
      }
    } catch {
      // No cache yet, or a corrupted one: start empty and rewrite it.
    }
    return new OutputCache(file, scope, old)
  }

  /** The cached files and summary of the method at `file` under `key`, or undefined. */
  get(file: string, key: string): CachedMethod | undefined {
    const raw = this.#old.get(file)
    if (!raw || raw.key !== key) return undefined
    let entry: unknown
    try {
      entry = JSON.parse(raw.line.slice(raw.at))
    } catch {
      return undefined
    }
    if (!isEntry(entry) || entry.key !== key || sumEntry(entry.files, entry.summary) !== entry.sum) return undefined
    this.#next.set(file, raw.line)
    this.hits++
    const files = entry.files.map((f) => ({ path: f.path, content: f.content }))
    return 'summary' in entry ? { files, summary: entry.summary } : { files }
  }

  /**
   * Records what the emitter produced for the method at `file`. A summary that JSON would not
   * carry exactly is not stored (the method is emitted again next time), so a hit is always it.
   */
  set(file: string, key: string, files: GeneratedFile[], ...summary: [] | [unknown]): void {
    if (summary.length && hashExactJson(summary[0]) === undefined) return
    const entry: Entry = { key, sum: sumEntry(files, summary[0]), files: files.map((f) => ({ path: f.path, content: f.content })) }
    if (summary.length) entry.summary = summary[0]
    this.#next.set(file, formatLine(file, entry))
    this.#dirty = true
  }

  /** Writes the cache when it changed, keeping only this run's methods. */
  async save(): Promise<void> {
    if (!this.#dirty && this.#next.size === this.#old.size) return
    const header: CacheHeader = { format: cacheFormat, scope: this.#scope }
    await mkdir(dirname(this.#file), { recursive: true })
    const temp = `${this.#file}.${process.pid}.tmp`
    await writeFile(temp, [JSON.stringify(header), ...this.#next.values()].join('\n'))
    await rename(temp, this.#file)
  }
}

/** The scope of an emitter's cache: the generator's sources, its name and key, and the shared specs. */
export async function getOutputScope(emitter: { name: string; cacheKey?: string }, shared: SharedSpecs): Promise<string | undefined> {
  const sharedKey = hashExactJson(shared)
  if (sharedKey === undefined) return undefined
  return hashText(cacheFormat, await getGeneratorHash(), emitter.name, emitter.cacheKey ?? '', sharedKey)
}
