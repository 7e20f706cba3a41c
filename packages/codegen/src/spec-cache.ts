/**
 * The spec cache: each spec file's validated value, reused while the file, every local file it
 * imports and the spec model's sources are byte-for-byte what they were. Stored as one file of
 * JSON lines under the cache folder (node_modules/.cache/b24kit-codegen by default, gitignored). It fails
 * safe: an unreadable, malformed or tampered file, or any entry whose inputs changed, is a miss.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type FileHasher, hashSourceTree, hashText } from './file-hash.js'
import { printExactJson } from './json-data.js'
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
const cacheFormat = 'b24kit-spec-cache/5'

/**
 * One spec's line as read: the hash of the spec file itself, the JSON of its other inputs (the
 * shared files it imports: the same few sets for most specs, so each set is checked once a run),
 * the checksum, and the line (its value's JSON read from it on use, or written back as it is).
 */
interface RawLine {
  /** The method the value declares (`method`), readable without parsing the value. */
  name: string
  self: string
  others: string
  sum: string
  line: CacheLine
  /** Where its fields start (findFields): head, self, others, checksum, value. */
  at: number[]
}

/**
 * A hit: the validated value and the hash of its JSON (JSON carries it exactly). The value is
 * parsed on first use, except its `method`, which the line keeps apart (see createLazyValue).
 */
export interface SpecHit {
  value: unknown
  jsonHash: string
}

/**
 * A cached value parsed from its JSON on first use. A run with one spec changed reads every cached
 * spec's name (to sort and check the set, and for the index files) but rarely anything else: parsing
 * all 2,000 values (~11 MB of JSON) was a fifth of that run's own time, and their objects most of
 * its garbage collection. `name`, stored beside the JSON, answers `method` without parsing.
 */
function createLazyValue(readJson: () => string, name: string | undefined): object {
  let value: object | undefined
  const load = () => {
    value ??= JSON.parse(readJson()) as object
    return value
  }
  const lazy = new Proxy(
    {},
    {
      get: (_, key) => (key === 'method' && name !== undefined ? name : Reflect.get(load(), key)),
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
      set: (_, key, next) => Reflect.set(load(), key, next),
      defineProperty: (_, key, descriptor) => Reflect.defineProperty(load(), key, descriptor),
      deleteProperty: (_, key) => Reflect.deleteProperty(load(), key),
    },
  )
  lazyValues.set(lazy, load)
  return lazy
}

/** Each lazy value's loader, so the value behind it can be handed where a proxy cannot go. */
const lazyValues = new WeakMap<object, () => object>()

/**
 * `value` itself, or for a cached value parsed on first use (createLazyValue) the parsed object
 * behind it: a structured clone (postMessage to a worker) copies objects, not proxies.
 */
export function unwrapLazyValue<T>(value: T): T {
  const load = typeof value === 'object' && value !== null ? lazyValues.get(value) : undefined
  return load ? (load() as T) : value
}

function parseLine(line: CacheLine): [string, RawLine] | undefined {
  const at = findFields(line, 4)
  if (!at) return undefined
  try {
    const head: unknown = JSON.parse(readField(line, at, 0))
    if (!Array.isArray(head)) return undefined
    const [file, name] = head as unknown[]
    if (typeof file !== 'string' || typeof name !== 'string') return undefined
    const [self, others, sum] = [readField(line, at, 1), readField(line, at, 2), readField(line, at, 3)]
    return [file, { name, self, others, sum, line, at }]
  } catch {
    return undefined
  }
}

/** The spec model's identity: a hash of @b24kit/spec's sources, so a validation change misses. */
export async function getSpecModelHash(): Promise<string> {
  const pkg = createRequire(import.meta.url).resolve('@b24kit/spec/package.json')
  return hashSourceTree(dirname(pkg))
}

/**
 * An open spec cache: look entries up, store new ones, save once at the end. One line per spec
 * file (its path and method name, the hash of the file, its other inputs with their hashes, a
 * checksum, then the value as JSON), so a hit parses its value only when it is used and the save
 * writes back unchanged lines as read, not 2,000 values re-serialized.
 */
export class SpecCache {
  readonly #file: string
  readonly #model: string
  readonly #read: LineCache<RawLine>
  readonly #old: Map<string, RawLine>
  /** Entries whose line is new this run: a save appends just these. */
  readonly #added = new Set<string>()
  readonly #next = new Map<string, SavedLine>()
  /** Whether each set of other inputs (by its JSON) still holds: checked once a run, not once a spec. */
  readonly #othersHold = new Map<string, boolean>()
  /**
   * The context (shared specs and method names, see loadSpecs) every entry of the file was checked
   * in as part of a whole set: a hit in the same context needs no check again.
   */
  readonly checkedIn: string | undefined
  #checkedNow: string | undefined

  private constructor(file: string, model: string, read: LineCache<RawLine>, checkedIn: string | undefined) {
    this.#file = file
    this.#model = model
    this.#read = read
    this.#old = read.entries
    this.checkedIn = checkedIn
    this.#checkedNow = checkedIn
  }

  /** Opens the cache in `dir`; anything unreadable starts it empty. */
  static async open(dir: string, model: string): Promise<SpecCache> {
    const file = join(dir, 'specs.json')
    const read = readLineCache(file, { format: cacheFormat, model }, parseLine)
    const checked = read.header?.checked
    return new SpecCache(file, model, read, typeof checked === 'string' ? checked : undefined)
  }

  /** Records that this run's entries passed the set's checks in `context` (undefined: unknown). */
  setChecked(context: string | undefined): void {
    this.#checkedNow = context
  }

  /**
   * The cached value of `file`, or undefined when any of its inputs changed or the entry is
   * damaged. Synchronous: 2,000 lookups a run, each checking some twenty input hashes.
   */
  lookup(file: string, hasher: FileHasher): SpecHit | undefined {
    const raw = this.#old.get(file)
    if (!raw || !this.mayHold(file, hasher)) return undefined
    // The checksum covers the inputs and the value's hash, which keys the method's outputs too.
    const jsonHash = hashText(sliceField(raw.line, raw.at, 4))
    if (hashText(raw.name, raw.self, raw.others, jsonHash) !== raw.sum) return undefined
    this.#next.set(file, raw.line)
    // The checksum vouches for the JSON, which its writer printed from a value: it parses.
    return { value: createLazyValue(() => readField(raw.line, raw.at, 4), raw.name || undefined), jsonHash }
  }

  /**
   * Whether `file` may be a hit: it has an entry whose inputs all still hash as recorded (the
   * entry's checksum and value are read only by lookup). Cheap, so the loader can start importing
   * the certain misses before it reads the hits.
   */
  mayHold(file: string, hasher: FileHasher): boolean {
    const raw = this.#old.get(file)
    return raw !== undefined && raw.self === hasher.hashFileSync(file) && this.#holds(raw.others, hasher)
  }

  /** Whether every file of a set of other inputs (`{path: hash}` JSON) still has its recorded hash. */
  #holds(others: string, hasher: FileHasher): boolean {
    let holds = this.#othersHold.get(others)
    if (holds === undefined) {
      try {
        const record: unknown = JSON.parse(others)
        holds =
          typeof record === 'object' &&
          record !== null &&
          !Array.isArray(record) &&
          Object.entries(record).every(([path, hash]) => hash === hasher.hashFileSync(path))
      } catch {
        holds = false
      }
      this.#othersHold.set(others, holds)
    }
    return holds
  }

  /**
   * Stores `value` for `file`, read from `inputs`, and returns the hash of its JSON. A value that
   * JSON would not carry exactly (undefined fields, non-plain objects) is not stored, so a hit is
   * always the value itself; then the result is undefined.
   */
  async store(file: string, inputs: readonly string[], value: unknown, hasher: FileHasher): Promise<string | undefined> {
    const json = printExactJson(value)
    if (json === undefined) return undefined
    const method = (value as { method?: unknown }).method
    const name = typeof method === 'string' ? method : ''
    const self = hasher.hashFileSync(file)
    const others = JSON.stringify(
      Object.fromEntries(inputs.filter((path) => path !== file).map((path) => [path, hasher.hashFileSync(path)])),
    )
    // JSON text holds no raw tab or line break, so both delimit safely.
    const jsonHash = hashText(json)
    this.#next.set(file, `${JSON.stringify([file, name])}\t${self}\t${others}\t${hashText(name, self, others, jsonHash)}\t${json}`)
    this.#added.add(file)
    return jsonHash
  }

  /** Writes the cache when it changed, keeping only the entries this run used (deleted specs drop out). */
  async save(): Promise<void> {
    const header = { format: cacheFormat, model: this.#model, ...(this.#checkedNow ? { checked: this.#checkedNow } : {}) }
    await saveLineCache(this.#file, header, this.#next, this.#added, this.#read)
  }
}
