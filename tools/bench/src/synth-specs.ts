/**
 * Makes synthetic spec folders of N methods under the repo's gitignored `.tmp/bench/`, by varying
 * the real specs/crm.contact.delete.ts (crm.bench0001.delete, ...) beside a copy of specs/shared/.
 * Inside the repo, so spec files resolve `@b24kit/spec` from the root's node_modules.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from './child.js'

/** Where every temporary bench tree lives (gitignored through `.tmp/`). */
export const benchTmp = join(repoRoot, '.tmp', 'bench')

const templateMethod = 'crm.contact.delete'

/** The synthetic method name of index `i` (1-based): `crm.bench0042.delete`. */
export function getSyntheticMethod(i: number): string {
  return `crm.bench${String(i).padStart(4, '0')}.delete`
}

function renderSpec(template: string, i: number, revision: number): string {
  const method = getSyntheticMethod(i)
  // Only the method's own name changes (not the related methods it links to), plus a marker in the
  // summary that an incremental run can bump to change exactly one spec.
  return template
    .replaceAll(`'${templateMethod}'`, `'${method}'`)
    .replaceAll(`\`${templateMethod}\``, `\`${method}\``)
    .replace("en: 'Delete a contact'", `en: 'Delete a contact (bench ${i} r${revision})'`)
}

/** Creates `.tmp/bench/<name>/specs` with `count` methods; returns the tree's root. */
export async function writeSyntheticSpecs(name: string, count: number): Promise<string> {
  const root = join(benchTmp, name)
  await rm(root, { recursive: true, force: true })
  const specs = join(root, 'specs')
  await mkdir(specs, { recursive: true })
  await cp(join(repoRoot, 'specs', 'shared'), join(specs, 'shared'), { recursive: true })
  const template = await readFile(join(repoRoot, 'specs', `${templateMethod}.ts`), 'utf8')
  await Promise.all(
    Array.from({ length: count }, (_, k) => writeFile(join(specs, `${getSyntheticMethod(k + 1)}.ts`), renderSpec(template, k + 1, 0))),
  )
  return root
}

/** Rewrites one synthetic spec with a new revision marker: one spec changed, the rest untouched. */
export async function touchSyntheticSpec(root: string, i: number, revision: number): Promise<void> {
  const template = await readFile(join(repoRoot, 'specs', `${templateMethod}.ts`), 'utf8')
  await writeFile(join(root, 'specs', `${getSyntheticMethod(i)}.ts`), renderSpec(template, i, revision))
}
