/**
 * The spec cache: each spec file's validated value, reused while the file, every local file it
 * imports and the spec model's sources are byte-for-byte what they were. Stored as one JSON file
 * under the cache folder (node_modules/.cache/b24kit-codegen by default, gitignored). It fails
 * safe: an unreadable, malformed or tampered file, or any entry whose inputs changed, is a miss.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { type FileHasher, hashSourceTree, hashText } from './file-hash.js'

/** Bump when what the cache stores changes shape. */
const cacheFormat = 'b24kit-spec-cache/1'

interface Entry {
  /** Every file the spec reads (itself first among them), with its content hash. */
  inputs: Record<string, string>
  /** Hash of the value's JSON, so an edited or truncated value is a miss. */
  sum: string
  value: unknown
}

interface CacheFile {
  format: string
  model: string
  entries: Record<string, Entry>
}

/** The spec model's identity: a hash of @b24kit/spec's sources, so a validation change misses. */
export async function getSpecModelHash(): Promise<string> {
  const pkg = createRequire(import.meta.url).resolve('@b24kit/spec/package.json')
  return hashSourceTree(dirname(pkg))
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false
  const entry = value as Partial<Entry>
  return typeof entry.sum === 'string' && !!entry.inputs && typeof entry.inputs === 'object' && 'value' in entry
}

/** An open spec cache: look entries up, store new ones, save once at the end. */
export class SpecCache {
  readonly #file: string
  readonly #model: string
  readonly #old: Record<string, Entry>
  readonly #next: Record<string, Entry> = {}
  #dirty = false

  private constructor(file: string, model: string, old: Record<string, Entry>) {
    this.#file = file
    this.#model = model
    this.#old = old
  }

  /** Opens the cache in `dir`; anything unreadable starts it empty. */
  static async open(dir: string, model: string): Promise<SpecCache> {
    const file = join(dir, 'specs.json')
    let old: Record<string, Entry> = {}
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>
      if (parsed.format === cacheFormat && parsed.model === model && parsed.entries && typeof parsed.entries === 'object') {
        old = parsed.entries
      }
    } catch {
      // No cache yet, or a corrupted one: start empty and rewrite it.
    }
    return new SpecCache(file, model, old)
  }

  /** The cached value of `file`, or undefined when any of its inputs changed or the entry is damaged. */
  async lookup(file: string, hasher: FileHasher): Promise<unknown> {
    const entry = this.#old[file]
    if (!isEntry(entry)) return undefined
    const paths = Object.keys(entry.inputs)
    if (!paths.includes(file)) return undefined
    const hashes = await hasher.hashFiles(paths)
    if (paths.some((path, i) => entry.inputs[path] !== hashes[i])) return undefined
    if (hashText(JSON.stringify(entry.value)) !== entry.sum) return undefined
    this.#next[file] = entry
    return entry.value
  }

  /**
   * Stores `value` for `file`, read from `inputs`. A value that JSON would not carry exactly
   * (undefined fields, non-plain objects) is not stored, so a hit is always the value itself.
   */
  async store(file: string, inputs: readonly string[], value: unknown, hasher: FileHasher): Promise<void> {
    const json = JSON.stringify(value)
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) return
    const hashes = await hasher.hashFiles(inputs)
    this.#next[file] = { inputs: Object.fromEntries(inputs.map((path, i) => [path, hashes[i] ?? 'missing'])), sum: hashText(json), value }
    this.#dirty = true
  }

  /** Writes the cache when it changed, keeping only the entries this run used (deleted specs drop out). */
  async save(): Promise<void> {
    if (!this.#dirty && Object.keys(this.#next).length === Object.keys(this.#old).length) return
    const body: CacheFile = { format: cacheFormat, model: this.#model, entries: this.#next }
    await mkdir(dirname(this.#file), { recursive: true })
    const temp = `${this.#file}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(body))
    await rename(temp, this.#file)
  }
}
