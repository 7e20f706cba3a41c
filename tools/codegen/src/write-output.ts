/**
 * Compares what the emitters produced with what is on disk, then writes only what changed and
 * removes stale files from the folders the emitters own. Nothing is written until every emitter
 * has succeeded, and each file is written to a temporary name and renamed, so a reader never sees
 * half a file.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { GeneratedFile } from './emitter.js'
import { mapPool } from './map-pool.js'
import { compareCodeUnits } from './naming.js'

/** What differs between the emitters' output and the disk. */
export interface OutputPlan {
  changed: GeneratedFile[]
  stale: string[]
  unchanged: number
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true })
  } catch {
    return []
  }
  const out: string[] = []
  for (const entry of entries) {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)))
    else out.push(rel)
  }
  return out
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return undefined
  }
}

/** Works out which files must be written or removed. */
export async function planOutput(root: string, files: GeneratedFile[], owned: string[]): Promise<OutputPlan> {
  const produced = new Set(files.map((f) => f.path))
  // Reads run in a bounded pool; each file is compared and dropped, so the disk copy of the whole
  // output is never held at once.
  const same = await mapPool(files, async (file) => (await readIfExists(join(root, file.path))) === file.content)
  const changed = files.filter((_, i) => !same[i])
  const unchanged = files.length - changed.length
  const stale: string[] = []
  for (const dir of owned) {
    for (const path of await listFiles(root, dir)) if (!produced.has(path)) stale.push(path)
  }
  stale.sort(compareCodeUnits)
  return { changed, stale, unchanged }
}

/** Applies a plan: writes changed files through a temporary name, removes stale ones. */
export async function applyOutput(root: string, plan: OutputPlan): Promise<void> {
  const dirs = [...new Set(plan.changed.map((file) => dirname(join(root, file.path))))].sort(compareCodeUnits)
  for (const dir of dirs) await mkdir(dir, { recursive: true })
  await mapPool(plan.changed, async (file) => {
    const target = join(root, file.path)
    const temp = `${target}.${process.pid}.tmp`
    await writeFile(temp, file.content)
    await rename(temp, target)
  })
  await mapPool(plan.stale, (path) => rm(join(root, path), { force: true }))
}

/** Path relative to the root with forward slashes, for messages. */
export function toDisplayPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/')
}
