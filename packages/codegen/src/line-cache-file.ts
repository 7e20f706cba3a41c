/**
 * The file format both caches share: a JSON header line, then one line per entry whose first
 * field (JSON, before a tab) names it; a later line for a name replaces an earlier one. A run
 * parses only the lines it looks up, and a save appends the lines of the entries it changed
 * rather than writing every entry again (the spec cache of 2,000 methods is ~12 MB): the file is
 * written whole only when an entry went away, the header changed, or replaced lines would make up
 * more than half of it. A line cut short by a crash does not parse, or fails its entry's checksum,
 * so it is a miss.
 *
 * The file is read as bytes and each line is a range of them: a field becomes a string only when
 * its cache asks for it, and a checksum hashes the bytes themselves. Decoding the ~28 MB of caches
 * a 2,000-method run reads as UTF-8 text, and splitting it into lines, cost ~120 ms a run with one
 * spec changed, most of it for text (the OpenAPI parts, the spec values) that run never reads.
 */
import { readFileSync } from 'node:fs'
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** One line of a cache file: the bytes from `start` up to `end` (its line break excluded). */
export interface CacheLine {
  bytes: Buffer
  start: number
  end: number
}

/** A cache file as read: its entries by name, and what a save needs to know to append. */
export interface LineCache<T> {
  entries: Map<string, T>
  /** The header as found (its other fields), when it matched. */
  header?: Record<string, unknown>
  /** Entry lines in the file, replaced ones included. */
  lines: number
}

const lineBreak = 0x0a
const tab = 0x09

/**
 * The byte offsets of a line's fields: `count` tab-separated ones and the rest of the line, as
 * `count + 2` boundaries (field i runs from `at[i]` to `at[i + 1] - 1`, the last to `line.end`);
 * undefined when the line has fewer tabs.
 */
export function findFields(line: CacheLine, count: number): number[] | undefined {
  const at = [line.start]
  for (let i = 0; i < count; i++) {
    const next = line.bytes.indexOf(tab, at[i])
    if (next < 0 || next >= line.end) return undefined
    at.push(next + 1)
  }
  at.push(line.end + 1)
  return at
}

/** Field `i` of a line split by findFields, as text. */
export function readField(line: CacheLine, at: readonly number[], i: number): string {
  return line.bytes.toString('utf8', at[i], (at[i + 1] as number) - 1)
}

/** Field `i` of a line split by findFields, as its bytes (no copy). */
export function sliceField(line: CacheLine, at: readonly number[], i: number): Buffer {
  return line.bytes.subarray(at[i], (at[i + 1] as number) - 1)
}

/**
 * The lines of a cache file whose header holds `header`'s fields, each parsed by `parseLine`, by
 * entry name. A missing, unreadable or other-header file gives none: start empty.
 */
export function readLineCache<T>(
  file: string,
  header: Record<string, string>,
  parseLine: (line: CacheLine) => [string, T] | undefined,
): LineCache<T> {
  const cache: LineCache<T> = { entries: new Map(), lines: 0 }
  try {
    // One synchronous read: the file is megabytes, read in one piece rather than in chunks.
    const bytes = readFileSync(file)
    let end = bytes.indexOf(lineBreak)
    if (end < 0) end = bytes.length
    const found = JSON.parse(bytes.toString('utf8', 0, end)) as Record<string, unknown>
    if (Object.entries(header).some(([key, value]) => found[key] !== value)) return cache
    cache.header = found
    while (end < bytes.length) {
      const start = end + 1
      end = bytes.indexOf(lineBreak, start)
      if (end < 0) end = bytes.length
      cache.lines++
      const parsed = parseLine({ bytes, start, end })
      if (parsed) cache.entries.set(parsed[0], parsed[1])
    }
  } catch {
    // No cache yet, or a corrupted one: start empty and rewrite it.
  }
  return cache
}

/** A line to save: new text, or a line of the file as read, written back as its bytes. */
export type SavedLine = string | CacheLine

const lineBreakBytes = Buffer.from('\n')

/** The lines' bytes, each after a line break (`leading`) or between them. */
function joinLines(lines: readonly SavedLine[], leading: boolean): Buffer {
  const parts: Uint8Array[] = []
  for (const line of lines) {
    if (leading || parts.length) parts.push(lineBreakBytes)
    parts.push(typeof line === 'string' ? Buffer.from(line) : line.bytes.subarray(line.start, line.end))
  }
  return Buffer.concat(parts)
}

/**
 * Saves a cache: `next` holds every entry's line by name, `added` the names whose line is new this
 * run. Appends the new lines when the file read as `read` still holds the rest under `header`;
 * otherwise writes it whole through a temporary name, so a reader never sees half of it.
 */
export async function saveLineCache(
  file: string,
  header: Record<string, string>,
  next: ReadonlyMap<string, SavedLine>,
  added: ReadonlySet<string>,
  read: LineCache<unknown>,
): Promise<void> {
  const sameHeader = read.header !== undefined && JSON.stringify(read.header) === JSON.stringify(header)
  const kept = [...read.entries.keys()].every((name) => next.has(name))
  if (sameHeader && kept && read.lines + added.size <= 2 * next.size) {
    if (added.size === 0) return
    const lines = [...added].map((name) => next.get(name) as SavedLine)
    await appendFile(file, joinLines(lines, true))
    return
  }
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, joinLines([JSON.stringify(header), ...next.values()], false))
  await rename(temp, file)
}
