/**
 * The file format both caches share: a JSON header line, then one line per entry whose first
 * field (JSON, before a tab) names it; a later line for a name replaces an earlier one. A run
 * parses only the lines it looks up, and a save appends the lines of the entries it changed
 * rather than writing every entry again (the spec cache of 2,000 methods is ~12 MB): the file is
 * written whole only when an entry went away, the header changed, or replaced lines would make up
 * more than half of it. A line cut short by a crash does not parse, or fails its entry's checksum,
 * so it is a miss.
 */
import { readFileSync } from 'node:fs'
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** A cache file as read: its entries by name, and what a save needs to know to append. */
export interface LineCache<T> {
  entries: Map<string, T>
  /** The header as found (its other fields), when it matched. */
  header?: Record<string, unknown>
  /** Entry lines in the file, replaced ones included. */
  lines: number
}

/**
 * The lines of a cache file whose header holds `header`'s fields, each parsed by `parseLine`, by
 * entry name. A missing, unreadable or other-header file gives none: start empty.
 */
export function readLineCache<T>(
  file: string,
  header: Record<string, string>,
  parseLine: (line: string) => [string, T] | undefined,
): LineCache<T> {
  const cache: LineCache<T> = { entries: new Map(), lines: 0 }
  try {
    // One synchronous read: the file is megabytes, read in one piece rather than in chunks.
    const lines = readFileSync(file, 'utf8').split('\n')
    const found = JSON.parse(lines[0] ?? '') as Record<string, unknown>
    if (Object.entries(header).some(([key, value]) => found[key] !== value)) return cache
    cache.header = found
    cache.lines = lines.length - 1
    for (let i = 1; i < lines.length; i++) {
      const parsed = parseLine(lines[i] as string)
      if (parsed) cache.entries.set(parsed[0], parsed[1])
    }
  } catch {
    // No cache yet, or a corrupted one: start empty and rewrite it.
  }
  return cache
}

/**
 * Saves a cache: `next` holds every entry's line by name, `added` the names whose line is new this
 * run. Appends the new lines when the file read as `read` still holds the rest under `header`;
 * otherwise writes it whole through a temporary name, so a reader never sees half of it.
 */
export async function saveLineCache(
  file: string,
  header: Record<string, string>,
  next: ReadonlyMap<string, string>,
  added: ReadonlySet<string>,
  read: LineCache<unknown>,
): Promise<void> {
  const sameHeader = read.header !== undefined && JSON.stringify(read.header) === JSON.stringify(header)
  const kept = [...read.entries.keys()].every((name) => next.has(name))
  if (sameHeader && kept && read.lines + added.size <= 2 * next.size) {
    if (added.size === 0) return
    const lines = [...added].map((name) => next.get(name) as string)
    await appendFile(file, `\n${lines.join('\n')}`)
    return
  }
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, [JSON.stringify(header), ...next.values()].join('\n'))
  await rename(temp, file)
}
