/**
 * `specs/SKIPPED.md`: every method page read that has no committed spec, with the reason. Index and
 * event pages are not methods, and pages in `outdated/` are out of scope, so they are counted but not
 * listed. The file is written by `pnpm import-docs --skipped specs/SKIPPED.md`, never by hand, so it
 * follows the specs and the docs as both move.
 */
import type { PageResult } from './build-report.js'

/** Pages that are not method pages (guides have no method name), or are out of scope, by their skip reason. */
const notMethods = ['index page', 'event page', 'in outdated/', 'no method name']

/** Why a writable page has no spec yet: the edits its draft needs. */
function describePending(r: PageResult): string {
  const fields = [...new Set(r.notes.map((n) => n.split(/[ (:]/)[0]).filter(Boolean))]
  return `not landed yet: the facts import; our texts${fields.length ? `, ${fields.slice(0, 4).join(', ')}${fields.length > 4 ? ', ...' : ''}` : ''} and the mock behaviour are to write`
}

/**
 * The Markdown of the list; `committed` holds the methods with a spec file, `reasons` what an
 * engineer found out about a method (`specs/skipped-reasons.json`), which says more than the drafts.
 */
export function printSkippedList(
  results: readonly PageResult[],
  committed: ReadonlySet<string>,
  title: string,
  reasons: Readonly<Record<string, string>> = {},
): string {
  const rows: { method: string; path: string; why: string }[] = []
  const outOfScope = new Map<string, number>()
  let landed = 0
  for (const r of results) {
    const head = r.notes[0] ?? ''
    const kind = notMethods.find((what) => head.startsWith(what))
    if (r.status === 'skipped' && kind) {
      outOfScope.set(kind, (outOfScope.get(kind) ?? 0) + 1)
      continue
    }
    if (r.method && committed.has(r.method)) {
      landed++
      continue
    }
    const known = r.method ? reasons[r.method] : undefined
    const why = known ?? (r.status === 'skipped' ? `the importer skips it: ${r.notes.join('; ')}` : describePending(r))
    rows.push({ method: r.method ?? '(no method name)', path: r.path, why })
  }
  rows.sort((a, b) => (a.method < b.method ? -1 : a.method > b.method ? 1 : a.path < b.path ? -1 : 1))
  const names: Record<string, string> = { 'in outdated/': 'pages in outdated/', 'no method name': 'pages without a method name (guides)' }
  const scope = [...outOfScope].map(([what, n]) => `${n} ${names[what] ?? `${what}s`}`).join(', ')
  return [
    '# Method pages without a spec',
    '',
    `Written by \`${['pnpm import-docs', title, '--skipped specs/SKIPPED.md'].filter(Boolean).join(' ')}\` from the official docs; do not edit.`,
    `Method pages read: ${landed + rows.length}; with a spec: ${landed}; listed here: ${rows.length}. Not listed: ${scope || 'nothing'}.`,
    '',
    '| method | page | why |',
    '|---|---|---|',
    ...rows.map((r) => `| \`${r.method}\` | \`${r.path}\` | ${r.why.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n')
}
