/** Paths the docs tests read: the package, the repository root and the seed page beside the checkout. */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** packages/docs */
export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The repository root. */
export const repoRoot = join(packageDir, '../..')
/** The seed page, kept at ../shared/seed/ relative to the repository root (CI has it there too). */
export const seedPagePath = join(repoRoot, '../shared/seed/crm-contact-delete.ru.md')
