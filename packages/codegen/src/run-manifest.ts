/**
 * The run manifest: what the last successful `pnpm generate` wrote, so a run with nothing changed
 * costs reading hashes, not emitting and comparing every file. It records one key over everything
 * the output depends on (the generator's sources, each emitter's name, folders and cache key, the
 * shared specs, every method's file and spec key) and, for each file in the emitters' folders, its
 * size and modification time. A run whose key matches, and whose folders list exactly those files
 * with those sizes and times, is up to date: a hand-edited, deleted or added file, any spec or
 * emitter change, misses, and the run emits as usual. Like the other caches it fails safe (an
 * unreadable or malformed manifest is a miss) and check mode never reads it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SharedSpecs } from '@b24kit/spec'
import type { Emitter } from './emitter.js'
import { FileHasher, hashText } from './file-hash.js'
import { compareCodeUnits } from './naming.js'
import { getGeneratorHash, hashExactJson } from './output-cache.js'
import { getSpecModelHash } from './spec-cache.js'

/** Bump when what the manifest stores changes shape. */
const manifestFormat = 'b24kit-run-manifest/3'

/** One output file as the last run left it: size in bytes and modification time in ms. */
type FileStamp = [size: number, mtimeMs: number]

/** A file's stamp and the hash of the text the run wrote there (none where it did not know it). */
type FileRecord = [size: number, mtimeMs: number, hash?: string]

interface ManifestFile {
  format: string
  key: string
  /** The key over the spec files' bytes (getInputsKey): a match skips even loading the specs. */
  inputs: string
  methods: number
  /** Per emitter, in config order: its name and the files it produced. */
  emitters: { name: string; files: number }[]
  files: Record<string, FileRecord>
}

/** What an up-to-date run reports instead of emitting. */
export interface UpToDate {
  /** The methods of the run that wrote the output. */
  methods: number
  emitters: { name: string; files: number }[]
  /** Every file in the output folders, in code-unit order. */
  files: string[]
}

/**
 * The key of a run: undefined when a method or the shared specs cannot be keyed (then nothing is
 * skipped). `methodKeys` maps each spec file to its key.
 */
export async function getRunKey(
  emitters: readonly Emitter[],
  shared: SharedSpecs,
  methodKeys: ReadonlyMap<string, string | undefined>,
): Promise<string | undefined> {
  const sharedKey = hashExactJson(shared)
  if (sharedKey === undefined) return undefined
  const methods: string[] = []
  for (const [file, key] of methodKeys) {
    if (key === undefined) return undefined
    methods.push(file, key)
  }
  const setup = emitters.map((e) => JSON.stringify([e.name, e.outputs, e.cacheKey ?? null]))
  return hashText(manifestFormat, await getGeneratorHash(), ...setup, sharedKey, ...methods)
}

function listSpecFiles(dir: string, out: string[]): void {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listSpecFiles(path, out)
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
}

/**
 * The key of a run from bytes alone: the generator's and the spec model's sources, each emitter's
 * setup, and every `.ts` file under the specs folder (the method specs and what they import from
 * it), by path and content. Reading these hashes is all a run with nothing changed does with
 * the specs; an edit that leaves every spec's value alone misses here and matches `getRunKey`.
 */
export async function getInputsKey(specsDir: string, emitters: readonly Emitter[], hasher = new FileHasher()): Promise<string> {
  const files: string[] = []
  listSpecFiles(specsDir, files)
  files.sort(compareCodeUnits)
  const hashes = await hasher.hashFiles(files)
  const setup = emitters.map((e) => JSON.stringify([e.name, e.outputs, e.cacheKey ?? null]))
  const specs = files.flatMap((file, i) => [file.slice(specsDir.length), hashes[i] ?? ''])
  return hashText(manifestFormat, await getGeneratorHash(), await getSpecModelHash(), ...setup, ...specs)
}

/** A file's size and modification time, or undefined when it is missing. Synchronous: see stampFolder. */
function statFile(root: string, path: string): FileStamp | undefined {
  try {
    // Joined by hand: path.join's normalizing took a fifth of 10,000 stats (paths here are relative, with `/`).
    const stat = statSync(`${root}/${path}`)
    return [stat.size, stat.mtimeMs]
  } catch {
    return undefined
  }
}

/** Every file below `dir` (relative to `root`, forward slashes) with its stamp; none when it is missing. */
function stampFolder(root: string, dir: string, out: Map<string, FileStamp>): void {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) stampFolder(root, rel, out)
    else {
      // Synchronous stats: thousands of small calls through libuv's pool cost several times more.
      const stamp = statFile(root, rel)
      if (stamp) out.set(rel, stamp)
    }
  }
}

function stampOutputs(root: string, owned: readonly string[]): Map<string, FileStamp> {
  const out = new Map<string, FileStamp>()
  for (const dir of owned) stampFolder(root, dir, out)
  return out
}

function getManifestPath(cacheDir: string): string {
  return join(cacheDir, 'run-manifest.json')
}

/** The last run's manifest, as read; undefined when there is none or it is not JSON. */
export type Manifest = Partial<ManifestFile>

/** Reads the manifest once a run: the up-to-date checks and the stamp book share it. */
export async function readManifest(cacheDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(getManifestPath(cacheDir), 'utf8')) as Manifest
  } catch {
    return undefined
  }
}

/**
 * Whether the output under `root` is what the last run wrote for `key`: the folders hold exactly
 * the recorded files, each with its recorded size and time. Returns what that run produced, or
 * undefined (emit as usual).
 */
export function readUpToDate(
  manifest: Manifest | undefined,
  root: string,
  key: { inputs: string } | { run: string },
  owned: readonly string[],
): UpToDate | undefined {
  if (manifest?.format !== manifestFormat || !manifest.files || !Array.isArray(manifest.emitters) || typeof manifest.methods !== 'number')
    return undefined
  if ('inputs' in key ? manifest.inputs !== key.inputs : manifest.key !== key.run) return undefined
  const recorded = manifest.files
  const stamps = stampOutputs(root, owned)
  if (stamps.size !== Object.keys(recorded).length) return undefined
  for (const [path, [size, mtime]] of stamps) {
    const want = recorded[path]
    if (!want || want[0] !== size || want[1] !== mtime) return undefined
  }
  return { methods: manifest.methods, emitters: manifest.emitters, files: Object.keys(recorded) }
}

/**
 * What the last run wrote, checked file by file: a file whose size and time are the ones that run
 * recorded, with the hash of the text it wrote there, holds that text. So a method served from the
 * cache (its files' hashes in the cache entry) needs no text and no read, and an index file whose
 * new text hashes the same needs no read to compare. Every stat it takes is kept for the manifest.
 */
export class StampBook {
  readonly #root: string
  readonly #recorded: Record<string, FileRecord> | undefined
  /** Stats taken this run, by path (undefined: the file is missing). */
  readonly stats = new Map<string, FileStamp | undefined>()

  private constructor(root: string, recorded: Record<string, FileRecord> | undefined) {
    this.#root = root
    this.#recorded = recorded
  }

  /** The book of the last run's records; with none (or a manifest of another format) nothing is vouched for. */
  static from(manifest: Manifest | undefined, root: string): StampBook {
    const files = manifest?.format === manifestFormat && manifest.files && typeof manifest.files === 'object' ? manifest.files : undefined
    return new StampBook(root, files)
  }

  /** The file's size and time, taken once a run (`fresh`: taken again, after the run wrote it). */
  stat(path: string, fresh = false): FileStamp | undefined {
    if (!fresh && this.stats.has(path)) return this.stats.get(path)
    const stamp = statFile(this.#root, path)
    this.stats.set(path, stamp)
    return stamp
  }

  /**
   * The hash of the text the last run wrote at `path`, when the file still has the size and time it
   * recorded beside that hash; otherwise undefined (unknown: the disk must be read to tell).
   */
  readRecordedHash(path: string): string | undefined {
    const want = this.#recorded?.[path]
    if (!Array.isArray(want) || typeof want[2] !== 'string') return undefined
    const now = this.stat(path)
    return now !== undefined && now[0] === want[0] && now[1] === want[1] ? want[2] : undefined
  }

  /**
   * The bytes the last run wrote at `path`, when the file still has the size and time it recorded
   * beside their hash; otherwise undefined.
   */
  readRecorded(path: string): Buffer | undefined {
    if (this.readRecordedHash(path) === undefined) return undefined
    // The stamp vouches for the text, as it does for every file a cached method reuses: not hashed again.
    try {
      return readFileSync(join(this.#root, path))
    } catch {
      return undefined
    }
  }

  /** Whether the file at `path` holds the text hashed `hash`, as the last run wrote it and left it. */
  holds(path: string, hash: string | undefined): boolean {
    return hash !== undefined && this.readRecordedHash(path) === hash
  }
}

/**
 * Keeps the manifest (its files were just found as recorded) under a new inputs key: the spec files
 * changed bytes but not values, so the next run with these bytes skips loading the specs.
 */
export async function rekeyManifest(cacheDir: string, manifest: Manifest, inputs: string): Promise<void> {
  await writeManifestFile(cacheDir, { ...manifest, inputs })
}

async function writeManifestFile(cacheDir: string, body: Manifest): Promise<void> {
  const file = getManifestPath(cacheDir)
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(body))
  await rename(temp, file)
}

/**
 * Records the output as it is now on disk, after a successful write, under `key`: each produced
 * file with its stamp and the hash of its text. A file the run did not write keeps the stat the
 * book took of it; the written ones are stat'ed again.
 */
export async function writeManifest(
  cacheDir: string,
  keys: { run: string; inputs: string },
  output: { hashes: ReadonlyMap<string, string>; written: ReadonlySet<string>; book: StampBook },
  emitters: ManifestFile['emitters'],
  methods: number,
): Promise<void> {
  const { hashes, written, book } = output
  const files: Record<string, FileRecord> = {}
  for (const path of [...hashes.keys()].sort()) {
    // sort() without a comparator: code-unit order, natively.
    const stamp = book.stat(path, written.has(path))
    if (stamp) files[path] = [stamp[0], stamp[1], hashes.get(path) as string]
  }
  await writeManifestFile(cacheDir, { format: manifestFormat, key: keys.run, inputs: keys.inputs, methods, emitters, files })
}
