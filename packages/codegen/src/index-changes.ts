/**
 * How the core tells an index what changed since the last run (IndexChanges), and hands it every
 * method's summary without parsing those nobody reads.
 */
import type { IndexChanges } from './emitter.js'
import type { OutputCache } from './output-cache.js'
import type { StampBook } from './run-manifest.js'

/** Something that has a summary, maybe parsed only when read (a cache entry), or computed already. */
interface HasSummary {
  readonly summary?: unknown
}

/** Each method's summary by spec file, read from its entry when asked. */
export class SummaryMap implements ReadonlyMap<string, unknown> {
  readonly #entries = new Map<string, HasSummary>()

  /** Records the entry the summary of `file` comes from. */
  put(file: string, entry: HasSummary): void {
    this.#entries.set(file, entry)
  }

  get size(): number {
    return this.#entries.size
  }
  get(file: string): unknown {
    return this.#entries.get(file)?.summary
  }
  has(file: string): boolean {
    return this.#entries.has(file)
  }
  *entries(): MapIterator<[string, unknown]> {
    for (const [file, entry] of this.#entries) yield [file, entry.summary]
  }
  keys(): MapIterator<string> {
    return this.#entries.keys()
  }
  *values(): MapIterator<unknown> {
    for (const entry of this.#entries.values()) yield entry.summary
  }
  forEach(callback: (value: unknown, key: string, map: ReadonlyMap<string, unknown>) => void): void {
    for (const [file, summary] of this.entries()) callback(summary, file, this)
  }
  [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries()
  }
}

/**
 * The changes an emitter's index may be patched with, or undefined when the last run's index cannot
 * stand for the others: a method went away (its lines would stay), so the index is built whole.
 */
export function describeIndexChanges(
  cache: OutputCache,
  book: StampBook,
  methods: ReadonlySet<string>,
  changed: readonly string[],
  sharedEntry: string,
): IndexChanges | undefined {
  for (const file of cache.listPrevious()) if (file !== sharedEntry && !methods.has(file)) return undefined
  return {
    changed,
    readPreviousSummary: (file) => cache.getPrevious(file)?.summary,
    readPrevious: (path) => book.readRecorded(path)?.toString('utf8'),
    readPreviousBytes: (path) => book.readRecorded(path),
  }
}

/** What an emitter patches one index file with: the file as the last run wrote it (text, or bytes), and each changed method's summaries then and now. */
export interface IndexPatch<T, P = string> {
  previous: P
  pairs: { before: T | undefined; after: T }[]
}

/**
 * The makings of a patch of the index file at `path`, or undefined when there is nothing to patch
 * from (no changes given, the file not as the last run left it) or more than `max` methods
 * changed (each costs a search of the file; past some number, building it whole is as cheap).
 */
export function prepareIndexPatch<T>(
  path: string,
  summaries: ReadonlyMap<string, unknown> | undefined,
  changes: IndexChanges | undefined,
  max: number,
): IndexPatch<T> | undefined {
  return preparePatch<T, string>(summaries, changes, max, (found) => found.readPrevious(path))
}

/** prepareIndexPatch with the file as bytes, not decoded (a document of megabytes patched as bytes). */
export function prepareIndexBytePatch<T>(
  path: string,
  summaries: ReadonlyMap<string, unknown> | undefined,
  changes: IndexChanges | undefined,
  max: number,
): IndexPatch<T, Buffer> | undefined {
  return preparePatch<T, Buffer>(summaries, changes, max, (found) => found.readPreviousBytes?.(path))
}

function preparePatch<T, P>(
  summaries: ReadonlyMap<string, unknown> | undefined,
  changes: IndexChanges | undefined,
  max: number,
  read: (changes: IndexChanges) => P | undefined,
): IndexPatch<T, P> | undefined {
  if (!summaries || !changes || changes.changed.length > max) return undefined
  const previous = read(changes)
  if (previous === undefined) return undefined
  const pairs = changes.changed.map((file) => ({
    before: changes.readPreviousSummary(file) as T | undefined,
    after: summaries.get(file) as T,
  }))
  return { previous, pairs }
}

/**
 * `previous` with, for each changed method, the blocks of whole lines `blocksOf` names (as the last
 * summary printed them, and as the new one does) replaced; undefined when `blocksOf` refuses a
 * change (undefined: it reaches beyond the method's own lines) or a block is not found.
 */
export function patchLines<T>(
  previous: string,
  pairs: IndexPatch<T>['pairs'],
  blocksOf: (before: T, after: T) => [old: string, now: string][] | undefined,
): string | undefined {
  let out = previous
  for (const { before, after } of pairs) {
    const blocks = before === undefined ? undefined : blocksOf(before, after)
    if (!blocks) return undefined
    for (const [old, now] of blocks) {
      if (old === now) continue
      const at = out.indexOf(`\n${old}`)
      if (at < 0) return undefined
      out = `${out.slice(0, at + 1)}${now}${out.slice(at + 1 + old.length)}`
    }
  }
  return out
}
