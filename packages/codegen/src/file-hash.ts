/** Content hashes of files, each file read once per run however many cache keys name it. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { compareCodeUnits } from './naming.js'

/**
 * Hashes text or bytes (sha1, hex). The hashes key caches and vouch for files the generator itself
 * wrote, against accidents, not attackers: sha1 hashed the ~30 MB a 2,000-method run hashes in
 * about a quarter of sha256's time on the bench machine.
 */
export function hashText(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** Memoised file hashes for one run; a missing file hashes to `missing`, so a key naming it misses. */
export class FileHasher {
  readonly #hashes = new Map<string, string>()

  /**
   * The hash of one file's current content, read synchronously: for the small spec files a
   * promise read per file (open, stat, read, close, each a round trip through libuv's threads)
   * cost several times as much, and a cached spec's twenty inputs are checked without a promise each.
   */
  hashFileSync(path: string): string {
    let hash = this.#hashes.get(path)
    if (hash === undefined) {
      try {
        hash = hashText(readFileSync(path))
      } catch {
        hash = 'missing'
      }
      this.#hashes.set(path, hash)
    }
    return hash
  }

  /** The hash of one file's current content. */
  async hashFile(path: string): Promise<string> {
    return this.hashFileSync(path)
  }

  /** The hashes of many files, in order. */
  async hashFiles(paths: readonly string[]): Promise<string[]> {
    return paths.map((path) => this.hashFileSync(path))
  }
}

/** One hash over every `.ts` and `.json` file below `dir` (tests excluded), by path and content. */
export async function hashSourceTree(dir: string): Promise<string> {
  const files: string[] = []
  const walk = async (abs: string) => {
    for (const entry of await readdir(abs, { withFileTypes: true }).catch(() => [])) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const path = join(abs, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) files.push(path)
    }
  }
  await walk(dir)
  files.sort(compareCodeUnits)
  const hasher = new FileHasher()
  const hashes = await hasher.hashFiles(files)
  return hashText(...files.flatMap((file, i) => [file.slice(dir.length), hashes[i] ?? '']))
}
