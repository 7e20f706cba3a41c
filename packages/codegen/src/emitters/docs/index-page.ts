/**
 * The index page of one language: every method, grouped by family (the first two parts of its name,
 * `crm.deal.*` with `crm.deal.contact.*` and `crm.deal.recurring.*`), with its state. A family
 * named after an entity (`deal`) carries that entity's title.
 */
import type { MethodSpec, SharedSpecs } from '@b24kit/spec'
import { type IndexPatch, patchLines } from '../../index-changes.js'
import { compareCodeUnits } from '../../naming.js'
import { renderMethodLink } from './context.js'
import { type Lang, labels } from './labels.js'
import { renderTable, renderTableRow } from './yfm.js'

/**
 * What the index pages need of one method: plain data, which the emitter keeps in the core's output
 * cache, so a run with one spec changed renders them without reading the other specs.
 */
export interface IndexRow {
  method: string
  summary: Record<Lang, string>
  /** The method that replaces a deprecated one. */
  replacement?: string
}

/** The index row of one method. */
export function summarizeIndexRow(spec: MethodSpec): IndexRow {
  const row: IndexRow = { method: spec.method, summary: { ru: spec.summary.ru, en: spec.summary.en } }
  if (spec.deprecated) row.replacement = spec.deprecated.replacement
  return row
}

function describeState(row: IndexRow, lang: Lang): string {
  const l = labels[lang]
  if (row.replacement === undefined) return l.active
  return l.deprecatedFor.replace('{replacement}', `\`${row.replacement}\``)
}

function getIndexCells(row: IndexRow, lang: Lang): string[] {
  return [renderMethodLink(row.method), row.summary[lang], describeState(row, lang)]
}

/**
 * The index page `previous` (as the last run wrote it) with the rows of the changed methods
 * replaced, or undefined when a change moves a row (the method's name changed): build it whole.
 * Only the row depends on the method; its group's heading counts methods, which stay the same.
 */
export function patchIndexPage(previous: string, pairs: IndexPatch<IndexRow>['pairs'], lang: Lang): string | undefined {
  return patchLines(previous, pairs, (before, after) =>
    before.method === after.method
      ? [[renderTableRow(getIndexCells(before, lang)), renderTableRow(getIndexCells(after, lang))]]
      : undefined,
  )
}

/** The index page body for one language, ending in one newline. */
export function renderIndexPage(methods: readonly IndexRow[], shared: SharedSpecs, lang: Lang): string {
  const l = labels[lang]
  const groups = new Map<string, IndexRow[]>()
  for (const spec of methods) {
    // Pushed in place: copying the group on every method made this quadratic (~100 ms at 1,000).
    const family = spec.method.split('.').slice(0, 2).join('.')
    const group = groups.get(family)
    if (group) group.push(spec)
    else groups.set(family, [spec])
  }
  const sections = [...groups.keys()].sort(compareCodeUnits).map((family) => {
    const specs = groups.get(family)!.sort((a, b) => compareCodeUnits(a.method, b.method))
    const title = shared.entities.find((e) => e.name === family.split('.')[1])?.title[lang]
    const rows = specs.map((spec) => getIndexCells(spec, lang))
    const heading = `${title ? `${title}: ` : ''}\`${family}.*\` (${specs.length})`
    return `## ${heading}\n\n${renderTable([`**${l.method}**`, `**${l.description}**`, `**${l.state}**`], rows)}`
  })
  return `${[`# ${l.indexTitle}`, l.indexIntro, ...sections, l.otherLang.replace('{page}', 'index.md')].join('\n\n')}\n`
}
