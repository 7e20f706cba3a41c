/**
 * Turns the pages read into outcomes and figures: each method page is imported (only our TODO
 * texts left), imported with edits needed (which fields), or skipped (why); totals count the facts
 * parsed per field and the model features pages need. The report is Markdown: totals first, the
 * per-page list after, so a person reads the figures and a diff shows what moved.
 */
import { methodSpecSchema } from '@b24kit/spec'
import { type MappedSpec, mapFactsToSpec } from './map-facts.js'
import type { PageOutcome } from './read-docs.js'

/** What became of one page. */
export interface PageResult {
  path: string
  method?: string
  status: 'imported' | 'edits' | 'skipped'
  /** The edits needed, or the reason it was skipped. */
  notes: string[]
  mapped?: MappedSpec
}

/** The totals of a run. */
export interface ReportTotals {
  pagesRead: number
  methodPages: number
  parsed: Record<
    'methodName' | 'languagesAgree' | 'scope' | 'access' | 'params' | 'result' | 'errors' | 'errorTexts' | 'examples' | 'answers',
    number
  >
  imported: number
  edits: number
  skipped: Record<string, number>
  /** Writable pages needing each kind of edit (`errors[].status`...). */
  edited: Record<string, number>
  missingFeatures: Record<string, number>
  variations: Record<string, number>
}

/** The head of a note, for tallies: `param type \`file\` (params.x)` -> `param type \`file\``. */
function getNoteHead(note: string): string {
  return note.replace(/`[^`]*`/g, '`…`').replace(/\s*\(.*$/, '')
}

/** A variation without the names in it, so pages with the same variation count together. */
function getVariationHead(variation: string): string {
  return variation
    .replace(/^H1 \S+ misspelled$/, 'H1 misspelled')
    .replace(/^H1 \S+ differs from the cURL URL \S+$/, 'H1 differs from the cURL URL')
    .replace(/^cURL key \S+ spelled \S+ in the table$/, 'cURL key in another case than the table')
}

/** Decides each page's outcome against the current spec model. */
export function judgePages(outcomes: PageOutcome[], knownEntities: ReadonlySet<string>): PageResult[] {
  return outcomes.map(({ path, facts, skipped }) => {
    if (!facts) return { path, status: 'skipped', notes: [skipped ?? 'no facts'] }
    const mapped = mapFactsToSpec(facts, knownEntities)
    const blocking = mapped.missing.filter((m) => m.blocking).map((m) => `model lacks: ${m.feature}`)
    if (blocking.length) return { path, method: facts.method, status: 'skipped', notes: [...blocking, ...facts.mismatches], mapped }
    // The model refuses what the edits already name (no error row yet): those are edits, not skips.
    const editPaths = mapped.edits.map((e) => e.split(/[ .[]/)[0] as string)
    const parsed = methodSpecSchema.safeParse(mapped.spec)
    const refused = parsed.success ? [] : parsed.error.issues.filter((i) => !editPaths.includes(String(i.path[0])))
    if (refused.length) {
      const notes = refused.map((i) => `model refuses: ${i.path.join('.')} ${i.message}`)
      return { path, method: facts.method, status: 'skipped', notes, mapped }
    }
    // Where the languages disagree, a person must pick: those are edits too.
    const edits = [...mapped.edits, ...facts.mismatches.map((m) => `${m} (en and ru disagree)`)]
    return { path, method: facts.method, status: edits.length ? 'edits' : 'imported', notes: edits, mapped }
  })
}

function bump(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1
}

/** Counts facts per field, outcomes and reasons. */
export function countTotals(outcomes: PageOutcome[], results: PageResult[]): ReportTotals {
  const totals: ReportTotals = {
    pagesRead: outcomes.length,
    methodPages: 0,
    parsed: {
      methodName: 0,
      languagesAgree: 0,
      scope: 0,
      access: 0,
      params: 0,
      result: 0,
      errors: 0,
      errorTexts: 0,
      examples: 0,
      answers: 0,
    },
    imported: 0,
    edits: 0,
    skipped: {},
    edited: {},
    missingFeatures: {},
    variations: {},
  }
  for (const { facts } of outcomes) {
    if (!facts) continue
    totals.methodPages++
    const p = totals.parsed
    if (facts.names.h1 && (facts.names.curl === undefined || facts.names.curl === facts.method)) p.methodName++
    if (facts.mismatches.length === 0) p.languagesAgree++
    if (facts.scope) p.scope++
    if (facts.access?.permission) p.access++
    if (facts.params.length) p.params++
    if (facts.result) p.result++
    if (facts.errors.length) p.errors++
    if (facts.errors.length && facts.errors.every((e) => e.text)) p.errorTexts++
    if (facts.examples[0]?.params) p.examples++
    const answer = facts.examples[0]?.answer?.body as { result?: unknown } | undefined
    if (answer && 'result' in answer) p.answers++
    for (const v of new Set(facts.variations.map(getVariationHead))) bump(totals.variations, v)
  }
  for (const r of results) {
    if (r.status === 'imported') totals.imported++
    if (r.status === 'edits') {
      totals.edits++
      for (const field of new Set(r.notes.map((n) => (n.split(' ')[0] as string).replace(/\[\d+\]/g, '[]')))) bump(totals.edited, field)
    }
    if (r.status === 'skipped') bump(totals.skipped, getNoteHead(r.notes[0] ?? 'unknown'))
    for (const m of r.mapped?.missing ?? []) bump(totals.missingFeatures, `${m.blocking ? '' : '(not blocking) '}${getNoteHead(m.feature)}`)
  }
  return totals
}

function printTally(title: string, tally: Record<string, number>): string[] {
  const rows = Object.entries(tally).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return rows.length
    ? [`### ${title}`, '', '| count | what |', '|---:|---|', ...rows.map(([k, n]) => `| ${n} | ${k.replace(/\|/g, '\\|')} |`), '']
    : []
}

/** The totals as Markdown (what the figure file holds). */
export function printTotals(totals: ReportTotals, title: string): string {
  const p = totals.parsed
  const m = totals.methodPages
  const pct = (n: number) => `${n} (${m ? Math.round((n / m) * 100) : 0}%)`
  return [
    `## ${title}`,
    '',
    `Pages read: ${totals.pagesRead}; method pages: ${m}.`,
    '',
    '| fact | method pages with it |',
    '|---|---:|',
    `| method name (H1 agrees with the cURL URL) | ${pct(p.methodName)} |`,
    `| both languages, tables agreeing row by row | ${pct(p.languagesAgree)} |`,
    `| scope | ${pct(p.scope)} |`,
    `| access permission | ${pct(p.access)} |`,
    `| parameters (one row or more) | ${pct(p.params)} |`,
    `| result type | ${pct(p.result)} |`,
    `| error rows | ${pct(p.errors)} |`,
    `| error rows with the server's text | ${pct(p.errorTexts)} |`,
    `| example params (cURL body parsed) | ${pct(p.examples)} |`,
    `| sample answer with a result | ${pct(p.answers)} |`,
    '',
    `Specs writable with the current model: ${totals.imported + totals.edits} (${totals.imported} with only our texts to write, ${totals.edits} with facts to fill or confirm).`,
    '',
    ...printTally('Skipped, by reason', totals.skipped),
    ...printTally('Writable pages needing an edit, by field', totals.edited),
    ...printTally('Model features the pages need (issue 14)', totals.missingFeatures),
    ...printTally('Variations met', totals.variations),
  ].join('\n')
}

/** The per-page list: one line each. */
export function printPageList(results: PageResult[]): string {
  const label = { imported: 'imported', edits: 'imported, edits needed', skipped: 'skipped' } as const
  return results
    .map((r) => `- \`${r.path}\`${r.method ? ` ${r.method}` : ''}: ${label[r.status]}${r.notes.length ? `: ${r.notes.join('; ')}` : ''}`)
    .join('\n')
}
