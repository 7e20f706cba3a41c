/**
 * The file format both caches share: a JSON header line, then one line per entry whose first
 * field (JSON, before a tab) names it. A run parses only the lines it looks up and writes back
 * the unchanged ones as the text it read.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * The lines of a cache file whose header equals `header` (every field of it), each parsed by
 * `parseLine`, by entry name, with the header as found (its other fields). A missing, unreadable or
 * other-header file gives none: start empty.
 */
export async function readLineCache<T>(
  file: string,
  header: Record<string, string>,
  parseLine: (line: string) => [string, T] | undefined,
): Promise<Map<string, T> & { header?: Record<string, unknown> }> {
  const entries: Map<string, T> & { header?: Record<string, unknown> } = new Map<string, T>()
  try {
    const lines = (await readFile(file, 'utf8')).split('\n')
    const found = JSON.parse(lines[0] ?? '') as Record<string, unknown>
    if (Object.entries(header).some(([key, value]) => found[key] !== value)) return entries
    entries.header = found
    for (let i = 1; i < lines.length; i++) {
      const parsed = parseLine(lines[i] as string)
      if (parsed) entries.set(parsed[0], parsed[1])
    }
  } catch {
    // No cache yet, or a corrupted one: start empty and rewrite it.
  }
  return entries
}

/** Writes a cache file whole through a temporary name, so a reader never sees half of it. */
export async function writeLineCache(file: string, header: Record<string, string>, lines: Iterable<string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, [JSON.stringify(header), ...lines].join('\n'))
  await rename(temp, file)
}
