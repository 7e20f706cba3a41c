/**
 * `--check`: compares the committed specs' facts with the docs' and lists every difference (a
 * parameter added, a type changed, an error row changed, a method deprecated). A spec keeps a
 * difference on purpose by exporting `docsDifferences` beside its default export: each entry names
 * the difference's path and the docs' value it answers, with a reason. When the docs move, the
 * value no longer matches and the difference is reported again; an entry that answers nothing is
 * reported as stale, so the records cannot rot.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { ErrorFact, MethodFacts } from './facts.js'
import { mapResultType, mapType } from './map-facts.js'

/** One difference between a spec and its page. Values are printed, so they compare as strings. */
export interface Difference {
  method: string
  path: string
  docs: string
  spec: string
}

/** What a spec records about a difference it keeps on purpose. */
export interface KeptDifference {
  path: string
  docs: string
  reason: string
}

/** A committed spec as the check reads it. */
export interface CheckedSpec {
  file: string
  spec: MethodSpecInput
  kept: KeptDifference[]
}

/** The outcome of a check: what is unexplained, what is kept, and records that answer nothing. */
export interface CheckResult {
  unexplained: Difference[]
  kept: (Difference & { reason: string })[]
  stale: (KeptDifference & { method: string })[]
}

const show = (value: unknown): string => (value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value))
const bare = (text: string) => text.replace(/\.$/, '')

function textOf(text: NonNullable<MethodSpecInput['errors']>[number]['text'], lang: 'en' | 'ru'): string {
  return typeof text === 'string' ? text : text[lang]
}

/**
 * Whether a docs row and a spec row say the same text in some language, final period aside: a row
 * whose English text the page words otherwise is still the row its Russian text names.
 */
function sameText(doc: ErrorFact, row: NonNullable<MethodSpecInput['errors']>[number]): boolean {
  return (['en', 'ru'] as const).some((lang) => {
    const docText = doc.text?.[lang]
    return docText !== undefined && bare(textOf(row.text, lang)) === bare(docText)
  })
}

/**
 * Pairs each docs error row with a spec row: same code and text (final period aside) first; then a
 * changed text, when one docs row and one spec row of that code are left (more would be a guess).
 */
function pairErrors(docs: ErrorFact[], spec: NonNullable<MethodSpecInput['errors']>) {
  const free = new Set(spec)
  const byText = new Map<ErrorFact, NonNullable<MethodSpecInput['errors']>[number]>()
  for (const doc of docs) {
    const row = [...free].find((r) => r.code === doc.code && sameText(doc, r))
    if (row) {
      free.delete(row)
      byText.set(doc, row)
    }
  }
  const pairs = docs.map((doc) => {
    let row = byText.get(doc)
    const leftDocs = docs.filter((d) => !byText.has(d) && d.code === doc.code)
    const leftRows = [...free].filter((r) => r.code === doc.code)
    if (!row && leftDocs.length === 1 && leftRows.length === 1) {
      row = leftRows[0]
      free.delete(row as NonNullable<MethodSpecInput['errors']>[number])
    }
    return { doc, row }
  })
  return { pairs, unpaired: [...free] }
}

/** Lists every difference between one spec and its page's facts. */
export function compareSpec(spec: MethodSpecInput, facts: MethodFacts | undefined): Difference[] {
  const out: Difference[] = []
  const add = (path: string, docs: unknown, specValue: unknown) =>
    out.push({ method: spec.method, path, docs: show(docs), spec: show(specValue) })
  if (!facts) {
    add('method', undefined, spec.method)
    return out
  }
  if (facts.scope !== spec.scope) add('scope', facts.scope, spec.scope)
  if (facts.access?.permission && facts.access.permission !== spec.access.permission)
    add('access.permission', facts.access.permission, spec.access.permission)

  const specParams = new Map(spec.params.map((p) => [p.name.toLowerCase(), p]))
  for (const doc of facts.params) {
    const param = specParams.get(doc.name.toLowerCase())
    specParams.delete(doc.name.toLowerCase())
    if (!param) {
      add(`params.${doc.name}`, `${doc.type}${doc.required ? ', required' : ''}`, undefined)
      continue
    }
    if (mapType(doc.type) !== param.type) add(`params.${doc.name}.type`, doc.type, param.type)
    if (doc.required !== param.required) add(`params.${doc.name}.required`, doc.required, param.required)
  }
  for (const param of specParams.values()) add(`params.${param.name}`, undefined, `${param.type}${param.required ? ', required' : ''}`)

  if (facts.result && mapResultType(facts.result.type) !== spec.result.type) add('result.type', facts.result.type, spec.result.type)

  const { pairs, unpaired } = pairErrors(facts.errors, spec.errors ?? [])
  for (const { doc, row } of pairs) {
    const label = `code ${show(doc.code || '(empty)')}, text ${show(doc.text?.en ?? doc.text?.ru)}`
    if (!row) {
      add(`errors[${label}]`, 'present', undefined)
      continue
    }
    for (const lang of ['en', 'ru'] as const) {
      const docText = doc.text?.[lang]
      if (docText === undefined) continue
      if (lang === 'ru' && typeof row.text === 'string' && docText === doc.text?.en) continue
      if (docText !== textOf(row.text, lang))
        add(`errors[${row.id}].text${typeof row.text === 'string' && lang === 'en' ? '' : `.${lang}`}`, docText, textOf(row.text, lang))
    }
    if (doc.status !== undefined && doc.status !== row.status) add(`errors[${row.id}].status`, doc.status, row.status)
  }
  for (const row of unpaired)
    add(`errors[${row.id}]`, undefined, `code ${show(row.code || '(empty)')}, text ${show(textOf(row.text, 'en'))}`)

  if (facts.deprecated && !spec.deprecated) add('deprecated', facts.deprecated.replacement ?? 'deprecated', undefined)
  if (!facts.deprecated && spec.deprecated) add('deprecated', undefined, spec.deprecated.replacement)
  if (facts.deprecated?.replacement && spec.deprecated && facts.deprecated.replacement !== spec.deprecated.replacement)
    add('deprecated.replacement', facts.deprecated.replacement, spec.deprecated.replacement)

  const related = new Set(spec.related ?? [])
  for (const name of facts.related) if (name !== spec.method && !related.delete(name)) add(`related.${name}`, 'present', undefined)
  for (const name of related) add(`related.${name}`, undefined, 'present')
  return out
}

/** Checks every spec against its page's facts, applying the differences each spec keeps. */
export function checkSpecs(specs: CheckedSpec[], factsByMethod: Map<string, MethodFacts>): CheckResult {
  const result: CheckResult = { unexplained: [], kept: [], stale: [] }
  for (const { spec, kept } of specs) {
    const used = new Set<KeptDifference>()
    for (const diff of compareSpec(spec, factsByMethod.get(spec.method))) {
      const record = kept.find((k) => k.path === diff.path && k.docs === diff.docs)
      if (record) {
        used.add(record)
        result.kept.push({ ...diff, reason: record.reason })
      } else result.unexplained.push(diff)
    }
    for (const record of kept) if (!used.has(record)) result.stale.push({ ...record, method: spec.method })
  }
  return result
}

/** The check's outcome as lines for the terminal. */
export function printCheck(result: CheckResult, checked: number): string {
  const lines = result.unexplained.map((d) => `  ${d.method} ${d.path}: docs ${d.docs}, spec ${d.spec}`)
  const stale = result.stale.map((s) => `  ${s.method} ${s.path}: kept for docs ${s.docs}, but the docs no longer say that`)
  return [
    `checked ${checked} specs: ${result.unexplained.length} unexplained differences, ${result.kept.length} kept on purpose, ${result.stale.length} stale records`,
    ...(lines.length ? ['unexplained:', ...lines] : []),
    ...(stale.length ? ['stale:', ...stale] : []),
  ].join('\n')
}
