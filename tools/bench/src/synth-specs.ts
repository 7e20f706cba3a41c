/**
 * Makes synthetic spec folders of N methods under the repo's gitignored `.tmp/bench/`: every real
 * spec of specs/ as it is (so the methods they name exist), then copies of them in turn, each
 * renamed into a family of one copy of every template (`crm.contact.list` -> `crm.bench0042.contact.list`),
 * beside a copy of specs/shared/. Families of a few dozen methods under `crm`, as the real API
 * groups its methods (crm: 420 methods in about 40 families), so what grows with families (the
 * client's lookup tables) is measured at a real shape. Every real spec is a template, so new ones (crm.item.*) join by
 * being added to specs/. Inside the repo, so spec files resolve `@b24kit/spec` from its node_modules.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from './child.js'

/** Where every temporary bench tree lives (gitignored through `.tmp/`). */
export const benchTmp = join(repoRoot, '.tmp', 'bench')

/** One real spec: its method name and its file's text. */
export interface SpecTemplate {
  method: string
  text: string
}

/** Every real spec of specs/ in name order (the templates the synthetic methods copy). */
export async function readTemplates(specsDir = join(repoRoot, 'specs')): Promise<SpecTemplate[]> {
  const names = (await readdir(specsDir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort()
  if (names.length === 0) throw new Error(`no spec in ${specsDir}`)
  return Promise.all(names.map(async (name) => ({ method: name.slice(0, -3), text: await readFile(join(specsDir, name), 'utf8') })))
}

/** The synthetic copy of `template` in family `family` (1-based): `crm.bench0042.contact.delete`. */
export function getSyntheticMethod(family: number, template = 'crm.contact.delete'): string {
  return `crm.bench${String(family).padStart(4, '0')}.${template.replace(/^crm\./, '')}`
}

/** The family of synthetic method `i` (1-based): one copy of every template a family. */
const familyOf = (i: number, templates: readonly SpecTemplate[]) => Math.ceil(i / templates.length)

// The English summary's opening quote, single or double. Specs built by a shared helper (the custom
// field and card layout families) have no summary literal: their copies stay unmarked.
const summaryEn = /(summary:\s*\{[^}]*?\ben:\s*['"])/

/** Whether the template's copies carry a revision marker (a touch can change their output). */
const canMarkTemplate = (template: SpecTemplate): boolean => summaryEn.test(template.text)

/** The template's text as the synthetic method `i`, marked with `revision` in its English summary. */
export function renderSpec(template: SpecTemplate, i: number, revision: number, family: number): string {
  const method = getSyntheticMethod(family, template.method)
  // Only the method's own name changes (not the related methods it links to), plus a marker in the
  // summary that an incremental run can bump to change exactly one spec.
  if (revision > 0 && !canMarkTemplate(template)) throw new Error(`specs/${template.method}.ts: no "summary: { ..., en: '" to mark`)
  // An event belongs to one method: each copy's events are its own (ONCRMCONTACTADD_BENCH0042).
  const suffix = `_BENCH${String(family).padStart(4, '0')}`
  return template.text
    .replaceAll(`'${template.method}'`, `'${method}'`)
    .replaceAll(`\`${template.method}\``, `\`${method}\``)
    .replace(/\bname: '(ON[A-Z0-9_]+)'/g, `name: '$1${suffix}'`)
    .replace(summaryEn, `$1[bench ${i} r${revision}] `)
}

/** The template synthetic method `i` copies (the templates in turn). */
function pickTemplate(templates: readonly SpecTemplate[], i: number): SpecTemplate {
  return templates[(i - 1) % templates.length] as SpecTemplate
}

/**
 * Whether a copy of the template can be renamed: its method name is a literal in the file. A spec
 * that a shared helper names (`buildUserfieldSpec('contact', 'add')`) goes into the tree as it is,
 * but is not copied.
 */
const canCopyTemplate = (template: SpecTemplate): boolean =>
  template.text.includes(`method: '${template.method}'`) || template.text.includes(`method: \`${template.method}\``)

/** The synthetic trees made so far in this process: root -> templates it copies, so a touch rewrites the same copy. */
const treeTemplates = new Map<string, SpecTemplate[]>()

/**
 * The real specs every tree starts with, in this order: the kinds of method the issue names
 * (delete, add, get, list, fields and crm.item's), and those the bench's consumer and apps call.
 * A small tree is these, not the first specs by name (which are all `crm.activity.*`).
 */
const leadMethods = [
  'crm.contact.delete',
  'crm.contact.get',
  'crm.contact.list',
  'crm.contact.add',
  'crm.contact.fields',
  'crm.contact.update',
  'crm.item.add',
  'crm.item.get',
  'crm.item.list',
  'crm.item.delete',
]

/** The templates with the lead methods first (`first` before them, when given). */
function orderTemplates(all: readonly SpecTemplate[], first?: string): SpecTemplate[] {
  const lead = first ? [first, ...leadMethods.filter((m) => m !== first)] : leadMethods
  const byName = new Map(all.map((t) => [t.method, t]))
  const missing = lead.filter((m) => !byName.has(m))
  if (missing.length > 0) throw new Error(`no spec ${missing.join(', ')} in specs/`)
  const leading = new Set(lead)
  return [...lead.map((m) => byName.get(m) as SpecTemplate), ...all.filter((t) => !leading.has(t.method))]
}

/**
 * Creates `.tmp/bench/<name>/specs` with `count` methods (the real specs, the lead methods first,
 * then synthetic copies up to `count`); returns the tree's root. `first` names a real spec to put
 * first (a one-method tree of `crm.contact.delete`).
 */
export async function writeSyntheticSpecs(name: string, count: number, first?: string): Promise<string> {
  const root = join(benchTmp, name)
  await rm(root, { recursive: true, force: true })
  const specs = join(root, 'specs')
  await mkdir(specs, { recursive: true })
  await cp(join(repoRoot, 'specs', 'shared'), join(specs, 'shared'), { recursive: true })
  const all = await readTemplates()
  const templates = orderTemplates(all, first)
  const copyable = templates.filter(canCopyTemplate)
  treeTemplates.set(root, copyable)
  const real = templates.slice(0, count)
  await Promise.all(real.map((t) => writeFile(join(specs, `${t.method}.ts`), t.text)))
  await Promise.all(
    Array.from({ length: Math.max(0, count - real.length) }, (_, k) => {
      const template = pickTemplate(copyable, k + 1)
      const family = familyOf(k + 1, copyable)
      return writeFile(join(specs, `${getSyntheticMethod(family, template.method)}.ts`), renderSpec(template, k + 1, 0, family))
    }),
  )
  return root
}

/**
 * Rewrites synthetic spec `i` with a new revision marker: one spec changed, the rest untouched. When
 * the `i`th copy has no marker, the next one that has takes its place.
 */
export async function touchSyntheticSpec(root: string, start: number, revision: number): Promise<void> {
  const templates = treeTemplates.get(root) ?? (await readTemplates()).filter(canCopyTemplate)
  if (!templates.some(canMarkTemplate)) throw new Error('no spec of specs/ has a summary literal to mark')
  let i = start
  while (!canMarkTemplate(pickTemplate(templates, i))) i++
  const template = pickTemplate(templates, i)
  const family = familyOf(i, templates)
  await writeFile(join(root, 'specs', `${getSyntheticMethod(family, template.method)}.ts`), renderSpec(template, i, revision, family))
}
