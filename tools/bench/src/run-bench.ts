/**
 * `pnpm bench`: runs every measurement of issue 8, prints the table and writes results.md and
 * results.json beside this package. Flags: `--runs N` (default 3), `--only a,b` (generation, turbo,
 * size, client-scale, overhead, mock, conformance, bulk), `--no-write` (print only), `--turbo-real`
 * (run `turbo run build test` once before reading its cache plan).
 */
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measureBulkDelete } from './bench-bulk.js'
import { measureClientScale } from './bench-client-scale.js'
import { measureConformance } from './bench-conformance.js'
import { measureGeneration } from './bench-generate.js'
import { measureMock } from './bench-mock.js'
import { measureOverhead } from './bench-overhead.js'
import { measureSize } from './bench-size.js'
import { measureTurboCache } from './bench-turbo.js'
import { formatIssueTable } from './issue-table.js'
import { describeMachine } from './machine.js'
import { createGapRow, formatTable, type ResultRow, writeResults } from './report.js'
import { formatMs } from './stats.js'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'turbo-real': { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(values.runs))
const only = values.only ? new Set(values.only.split(',')) : undefined
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)

/** Each measurement with the rows to show when it throws (its goals, marked not measured). */
const suites: { name: string; run: () => Promise<ResultRow[]>; ids: [string, string, string][] }[] = [
  { name: 'generation', run: () => measureGeneration(runs, log), ids: [['s1', 'generation', 'generation at scale']] },
  {
    name: 'turbo',
    run: () => measureTurboCache(log, values['turbo-real']),
    ids: [['2b', 'generation', 'second turbo run build test from cache']],
  },
  { name: 'size', run: () => measureSize(log), ids: [['3', 'client', 'bundle size of crm.contact.delete']] },
  {
    name: 'client-scale',
    run: () => measureClientScale(log),
    ids: [['s3', 'client', 'createClient app size, tsc and openapi.json at scale']],
  },
  { name: 'overhead', run: () => measureOverhead(runs, log), ids: [['4', 'client', 'client / raw fetch per call']] },
  { name: 'mock', run: () => measureMock(runs, log), ids: [['5', 'mock', 'mock throughput and MSW cost']] },
  { name: 'conformance', run: () => measureConformance(log), ids: [['s6', 'conformance', 'conformance case cost in-process']] },
  { name: 'bulk', run: () => measureBulkDelete(log), ids: [['6', 'bulk', 'deleteMany of 10,000 under the leaky bucket']] },
]

const started = performance.now()
const rows: ResultRow[] = []
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue
  const t0 = performance.now()
  try {
    rows.push(...(await suite.run()))
  } catch (error) {
    const why = (error as Error).message.split('\n')[0] ?? String(error)
    log(`${suite.name} failed: ${why}`)
    for (const [id, area, what] of suite.ids) rows.push(createGapRow(id, area, what, why))
  }
  log(`${suite.name} took ${formatMs(performance.now() - t0)}`)
}

const machine = describeMachine()
const settings = `${runs} runs per side, median; whole suite took ${formatMs(performance.now() - started)}`
process.stdout.write(
  `\n${formatTable(rows)}\n\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}, load ${machine.loadAverage}; ${settings}\n`,
)
if (!values['no-write'] && !only) {
  await writeResults(fileURLToPath(new URL('..', import.meta.url)), rows, machine, settings, [formatIssueTable(rows)])
  log('wrote tools/bench/results.md and results.json')
}
