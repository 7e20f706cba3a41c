/** Throwaway workspaces for generator tests: a copy of the real specs under the repo's .tmp folder. */
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..')

/**
 * Copies specs/ into a new folder under .tmp/ (inside the repo, so spec files still resolve
 * `@b24kit/spec` from the root node_modules) and returns its path.
 */
export async function createWorkspace(options: { reverse?: boolean } = {}): Promise<string> {
  const base = join(repoRoot, '.tmp')
  await mkdir(base, { recursive: true })
  const root = await mkdtemp(join(base, 'codegen-'))
  // Files are copied one by one, in reverse order when asked, so directory order differs between copies.
  const files = [...(await readTree(repoRoot, 'specs')).keys()].filter((p) => p.endsWith('.ts'))
  if (options.reverse) files.reverse()
  for (const path of files) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await cp(join(repoRoot, path), join(root, path))
  }
  return root
}

/** Removes a workspace made by createWorkspace. */
export async function removeWorkspace(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true })
}

/** Every file below `dir` with its content, keyed by path relative to `root`. */
export async function readTree(root: string, dir = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const walk = async (abs: string) => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = await readdir(abs, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue
      const path = join(abs, entry.name)
      if (entry.isDirectory()) await walk(path)
      else out.set(relative(root, path).split('\\').join('/'), await readFile(path, 'utf8'))
    }
  }
  await walk(join(root, dir))
  return out
}
