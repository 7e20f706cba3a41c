/**
 * Renders RELIABILITY.md from the committed figures (tools/reliability/figures/*.json), the fault
 * matrix and the codegen's own corpus, so every number in it comes from a test.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { badSpecCorpus } from '../../../packages/codegen/test/bad-spec-corpus.js'
import { faultMatrix } from './fault-matrix.js'
import { type Figure, figuresDir } from './figures.js'

/** Reads every committed figure, in file-name order. */
export async function readFigures(): Promise<Map<string, Figure>> {
  const names = (await readdir(figuresDir)).filter((n) => n.endsWith('.json')).sort()
  const figures = new Map<string, Figure>()
  for (const name of names) figures.set(name.replace(/\.json$/, ''), JSON.parse(await readFile(join(figuresDir, name), 'utf8')) as Figure)
  return figures
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function getOrThrow(figures: Map<string, Figure>, name: string): Figure {
  const figure = figures.get(name)
  if (!figure) throw new Error(`tools/reliability/figures/${name}.json is missing: run the reliability tests`)
  return figure
}

function renderDetails(figure: Figure): string[] {
  return Object.entries(figure.details).map(([k, v]) => `- ${k}: ${v}`)
}

/** The whole of RELIABILITY.md. */
export function renderReport(figures: Map<string, Figure>): string {
  const fuzz = ['mock-fuzz-handle', 'mock-fuzz-msw', 'mock-fuzz-http'].map((n) => getOrThrow(figures, n))
  const caps = getOrThrow(figures, 'mock-server-caps')
  const parse = getOrThrow(figures, 'client-parse-fuzz')
  const matrix = getOrThrow(figures, 'client-fault-matrix')
  const many = getOrThrow(figures, 'delete-many-faults')
  const secrets = getOrThrow(figures, 'secrets')
  const sum = (list: Figure[], key: 'cases' | 'failures') => list.reduce((n, f) => n + f[key], 0)
  const rows: [string, string, string, string, string][] = [
    [
      '1',
      'Bad specs refused (file, field path, expected, received); nothing written',
      String(badSpecCorpus.length),
      '0 while its test passes',
      '`packages/codegen/src/bad-spec-corpus.test.ts`',
    ],
    [
      '2',
      'Mock fuzzing: in-process, MSW, real HTTP; server caps',
      String(sum([...fuzz, caps], 'cases')),
      String(sum([...fuzz, caps], 'failures')),
      '`mock-fuzz.test.ts`, `mock-http-fuzz.test.ts`, `server-caps.test.ts`',
    ],
    ['3', 'Client answer parsing under arbitrary answers', String(parse.cases), String(parse.failures), '`client-parse-fuzz.test.ts`'],
    ['4', 'Client fault matrix', String(matrix.cases), String(matrix.failures), '`fault-matrix.test.ts`'],
    ['5', 'No lost or doubled work (deleteMany under faults)', String(many.cases), String(many.failures), '`delete-many-faults.test.ts`'],
    [
      '6',
      'Secrets: canaries through client and mock paths, artifacts scanned',
      String(secrets.cases),
      String(secrets.failures),
      '`secrets.test.ts`',
    ],
    [
      '7',
      'Determinism: same bytes under other TZ, LANG, working folder, file order',
      '2 generator runs, every generated file compared',
      '0 while its test passes',
      '`packages/codegen/src/real-config.test.ts`',
    ],
  ]
  const lines = [
    '# Reliability and security',
    '',
    'Each row of issue 9 with its figure. Written by `pnpm --filter @b24kit/reliability report` from the',
    'figures the tests commit in `tools/reliability/figures/`; each test compares its figure with the committed',
    'one, and `tools/reliability/src/report.test.ts` compares this file with what the figures give, so neither',
    'can go stale. Test files are in `tools/reliability/src/` unless a path says otherwise. Breakdowns that',
    'move whenever a spec is added (statuses seen, kinds, files scanned) are written to',
    '`tools/reliability/.out/figures/` by each run.',
    '',
    '| # | Row | Cases tried | Failures | Test |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    '## 2. Fuzzing the mock',
    '',
    'Seeded fast-check requests (method names in any casing, with and without `.json`, unknown methods; GET query,',
    'form, multipart, JSON and broken JSON bodies; huge and empty bodies; odd headers and content types; odd ids',
    '`"50"`, `"12abc"`, `-1`, `1e9`, `[]`, `{}`, `null`; batches up to 60 commands, nested batch, references) against four',
    'portals (plain, English with the standard rate limit, strict HTTPS, faults with an operating budget). Each answer',
    'must be `{"result","time"}` (plus `total`/`next` on lists) or exactly `{"error","error_description"}` of a spec row',
    'with its status; the journal holds one entry per request; a record goes only by a delete that answered `true`',
    '(its linked records with it), appears only as an add answered, changes only by an update that answered `true`.',
    '',
    '| Run | Seed | Cases | Failures |',
    '|---|---|---|---|',
    ...fuzz.map((f) => `| ${f.title} | ${f.seed} | ${f.cases} | ${f.failures} |`),
    '',
    `Server caps over HTTP (${caps.cases} cases, ${caps.failures} failures):`,
    '',
    ...renderDetails(caps),
    '',
    'Over HTTP, bodies over 1 MiB get 413 and request lines over 16 KiB get 431, neither reaching the engine. The',
    '413 answers in the error envelope (`REQUEST_ENTITY_TOO_LARGE`, with the limit in its text).',
    '',
    '## 3. Client answer parsing',
    '',
    `Seed ${parse.seed}: ${parse.cases} answers from a fake portal on 127.0.0.1 (statuses 200-599, content types and`,
    'encodings that lie, envelopes with any JSON in `result`, `time`, `error`, `error_description`, batch shapes, HTML,',
    'truncated JSON, invalid bytes, resets), through `crm.contact.delete`, `callUntyped`, `deleteMany` and `batch`.',
    'Every outcome must be a result or a `B24ApiError` of a documented kind (a resolved `crm.contact.delete` must',
    'be `true`), and no error may show the webhook code.',
    '',
    ...renderDetails(parse),
    '',
    'The defect this fuzzing found in `batch` and `deleteMany` (`String()` on a `result_error` entry such as',
    '`{"error":{"toString":0}}` threw an untyped `TypeError`) is fixed: only string fields are read.',
    '',
    '## 4. Client fault matrix',
    '',
    '| Fault | The portal | Expected of the client | Outcome asserted | Attempts |',
    '|---|---|---|---|---|',
    ...faultMatrix.map((r) => {
      const outcome = 'kind' in r.outcome ? `\`${r.outcome.kind}\`` : `resolves \`${JSON.stringify(r.outcome.result)}\``
      return `| ${cell(r.fault)} | ${cell(r.portal)} | ${cell(r.expected)} | ${cell(r.defect ? `${outcome}: DEFECT, ${r.defect}` : outcome)} | ${r.attempts} |`
    }),
    '',
    '## 5. No lost or doubled work',
    '',
    ...renderDetails(many),
    '',
    '## 6. Secrets',
    '',
    ...renderDetails(secrets),
    '',
  ]
  return `${lines.join('\n')}\n`
}
