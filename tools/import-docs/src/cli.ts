/**
 * pnpm import-docs: reads the official docs (English and Russian checkouts), prints what each method
 * page gives, writes spec skeletons on request, and with --check lists every difference between the
 * committed specs and the docs. Flags are declared once, with their meaning, and help prints from them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { countTotals, judgePages, printPageList, printTotals } from './build-report.js'
import { checkSpecs, printCheck } from './check-specs.js'
import { loadCommittedSpecs, loadEntityNames } from './load-committed.js'
import { printSpecFile } from './print-spec.js'
import { compileOnly, createNameFilter, readDocs } from './read-docs.js'
import { printSkippedList } from './skipped-list.js'

const FLAGS = {
  en: { type: 'string', meaning: 'English docs checkout (bitrix24/b24restdocs)', default: '(required)' },
  ru: { type: 'string', meaning: 'Russian docs checkout (bitrix-tools/b24-rest-docs)', default: '(required)' },
  only: { type: 'string', meaning: "methods to read, a name with * wildcards ('crm.deal.*')", default: 'every method' },
  under: { type: 'string', meaning: 'read only pages below this folder of the checkouts', default: 'api-reference' },
  check: { type: 'boolean', meaning: 'compare the committed specs with the docs; exit 1 on an unexplained difference', default: 'off' },
  specs: { type: 'string', meaning: 'the specs folder --check reads and whose entities the writer knows', default: 'specs' },
  out: {
    type: 'string',
    meaning: 'write a spec file per writable method into this folder (existing files are kept)',
    default: 'write nothing',
  },
  report: {
    type: 'string',
    meaning: 'write the report (totals, then one line per page) to this Markdown file',
    default: 'print totals only',
  },
  skipped: {
    type: 'string',
    meaning:
      'write the method pages without a committed spec, each with its reason (specs/skipped-reasons.json first), to this Markdown file',
    default: 'write nothing',
  },
  verbose: { type: 'boolean', meaning: 'also print the per-page list', default: 'off' },
  help: { type: 'boolean', meaning: 'print this help', default: 'off' },
} as const

/** The usage text, printed from the flag table. */
export function formatUsage(): string {
  const rows = Object.entries(FLAGS).map(
    ([name, f]) => `  --${`${name}${f.type === 'string' ? ' <value>' : ''}`.padEnd(18)} ${f.meaning} (default: ${f.default})`,
  )
  return ['usage: pnpm import-docs --en <docs checkout> --ru <docs checkout> [flags]', '', ...rows].join('\n')
}

/** A bad flag: the message names the flag and the value. */
export class UsageError extends Error {}

/** Runs the importer; returns the exit code. Output goes through `print`, so tests can read it. */
export async function runImportDocs(argv: string[], print: (text: string) => void = console.log): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    const options = Object.fromEntries(Object.entries(FLAGS).map(([k, f]) => [k, { type: f.type }]))
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${formatUsage()}`)
  }
  if (values.help) {
    print(formatUsage())
    return 0
  }
  for (const lang of ['en', 'ru'] as const) {
    const dir = values[lang]
    if (typeof dir !== 'string') throw new UsageError(`--${lang} is required: the ${FLAGS[lang].meaning}\n\n${formatUsage()}`)
    if (!existsSync(join(dir, 'api-reference')))
      throw new UsageError(`--${lang} ${dir}: no api-reference/ folder there; expected a docs checkout`)
  }
  const checkouts = { en: resolve(values.en as string), ru: resolve(values.ru as string) }
  const specsDir = resolve((values.specs as string | undefined) ?? 'specs')

  if (values.check) {
    const specs = await loadCommittedSpecs(specsDir)
    const only = compileOnly(values.only as string | undefined)
    const chosen = specs.filter((s) => !only || only.method(s.spec.method))
    const outcomes = readDocs(checkouts, createNameFilter(chosen.map((s) => s.spec.method)))
    const facts = new Map(outcomes.flatMap((o) => (o.facts ? [[o.facts.method, o.facts] as const] : [])))
    const result = checkSpecs(chosen, facts)
    print(printCheck(result, chosen.length))
    return result.unexplained.length || result.stale.length ? 1 : 0
  }

  const started = performance.now()
  const under = `${((values.under as string | undefined) ?? 'api-reference').replace(/\/+$/, '')}/`
  const outcomes = readDocs(checkouts, compileOnly(values.only as string | undefined), under)
  const results = judgePages(outcomes, await loadEntityNames(specsDir))
  const totals = countTotals(outcomes, results)
  const title = `import-docs${values.under ? ` --under ${values.under}` : ''}${values.only ? ` --only '${values.only}'` : ''}`
  print(printTotals(totals, title))
  if (values.verbose) print(printPageList(results))
  if (typeof values.report === 'string') {
    mkdirSync(dirname(resolve(values.report)), { recursive: true })
    writeFileSync(values.report, `${printTotals(totals, title)}\n## Pages\n\n${printPageList(results)}\n`)
  }
  if (typeof values.skipped === 'string') {
    const committed = new Set(
      readdirSync(specsDir)
        .filter((n) => n.endsWith('.ts'))
        .map((n) => n.slice(0, -3)),
    )
    const reasonsFile = join(specsDir, 'skipped-reasons.json')
    const reasons = existsSync(reasonsFile) ? (JSON.parse(readFileSync(reasonsFile, 'utf8')) as Record<string, string>) : {}
    writeFileSync(values.skipped, printSkippedList(results, committed, title.replace(/^import-docs ?/, ''), reasons))
    print(`wrote ${values.skipped}`)
  }
  if (typeof values.out === 'string') {
    mkdirSync(values.out, { recursive: true })
    let written = 0
    let kept = 0
    for (const r of results) {
      if (r.status === 'skipped' || !r.mapped || !r.method) continue
      const file = join(values.out, `${r.method}.ts`)
      if (existsSync(file)) kept++
      else {
        writeFileSync(file, printSpecFile(r.mapped.spec, r.path, r.notes))
        written++
      }
    }
    print(`wrote ${written} spec files to ${values.out} (${kept} existing files kept)`)
  }
  print(`read ${outcomes.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runImportDocs(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof UsageError ? error.message : error)
      process.exit(error instanceof UsageError ? 2 : 1)
    },
  )
}
