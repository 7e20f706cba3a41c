/** Paths the docs tests read: the package and the repository root (never anything outside it). */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** packages/docs */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The repository root. */
export const repoRoot = join(packageDir, '../..')
