/**
 * The table at the top of issue 15 (figures measured before the scale work, at 9, 1,009 and
 * 2,009 methods) beside this run's figures of the same things, for results.md.
 */
import type { ResultRow } from './report.js'
import { formatMethods, scaleMethods, smallMethods } from './scale.js'

/** What issue 15 measured, by the row of this suite that measures it now. */
const before: { what: string; ids: string[]; was: string }[] = [
  {
    what: '`pnpm generate` with nothing changed',
    ids: ['s1a'],
    was: '1.85 s at 9; 6.1 s at 1,009 (conformance 3.1 s, uncached); 10.6 s at 2,009 vs 2.8 s at 9 (3.75x)',
  },
  { what: 'one spec changed', ids: ['s1b'], was: '6.4 s at 1,009, wrote 5 files' },
  { what: 'per-method cache', ids: ['s1c'], was: 'client and docs only; conformance, mock and openapi rebuilt whole every run' },
  { what: 'cold, all five emitters vs openapi-typescript', ids: ['s2'], was: '9.3 s vs 5.9 s at 1,009 (1.58x)' },
  {
    what: 'one-delete app through `createClient`, min+gzip',
    ids: ['s3a', 's3b'],
    was: '5,514 B at 9; 38,299 B at 1,009; 67,346 B at 2,009 (b24jssdk: 68,768 B)',
  },
  { what: 'tsc of a consumer', ids: ['s4'], was: 'not measured' },
  { what: "an editor's keystroke in that consumer", ids: ['s4e'], was: 'not measured' },
  { what: '`openapi.json` per method', ids: ['s5'], was: '16 KB at 1,009 (16.3 MB); 21,305 B at 2,009' },
  { what: 'conformance case in-process', ids: ['s6'], was: '225 s for 437 cases on a loaded machine (both paths)' },
  { what: 'MSW per request, many methods / one', ids: ['s7'], was: '1.04 at 1,000' },
  {
    what: 'generated output printed',
    ids: [],
    was: '47 lines at 9; 4,000+ at 1,009 (one per file)',
  },
]

/** The Markdown section: each of the issue's figures beside this run's. */
export function formatIssueTable(rows: readonly ResultRow[]): string {
  const out = [
    '## Issue 15: the figures it started from, re-measured',
    '',
    `Now: this run, at ${formatMethods(scaleMethods)} and ${formatMethods(smallMethods)} (synthetic trees made from every real spec).`,
    '',
    '| what | issue 15 (before) | now |',
    '|---|---|---|',
  ]
  for (const item of before) {
    const now = item.ids.length
      ? item.ids
          .map((id) => rows.find((r) => r.id === id))
          .map((r) => (r ? `${r.measured} (${r.status})` : 'not run'))
          .join('; ')
      : '8 lines at any size: a heading, load specs, one per emitter (written, removed, unchanged, time, methods from cache), a total; `--verbose` lists every file'
    out.push(`| ${item.what} | ${item.was} | ${now.replaceAll('|', '\\|')} |`)
  }
  return out.join('\n')
}
