/**
 * Measurement 5: the b24kit-mock CLI's requests per second beside a bare node:http server sending
 * the same JSON (autocannon, each server in its own process, alternating), and the MSW handlers'
 * per-request cost with a 2,000-method table (scale.ts) over a 1-method one.
 *
 * The CLI is loaded with `crm.contact.delete` of an id it does not hold, so every request takes the
 * whole path (parse, auth, bucket, lookup, store, error row) and gets the same 400 answer; a
 * success on every request would need a seed of hundreds of thousands of contacts, and the mock's
 * store sorts its table on each seeded record (20,000 contacts take over 30 s to load).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { repoRoot, runWorker } from './child.js'
import { startServerProcess } from './processes.js'
import { createGoalRow, type ResultRow } from './report.js'
import { formatMethods, scaleMethods } from './scale.js'
import { formatMs, getMedian } from './stats.js'
import { benchTmp } from './synth-specs.js'
import { ensureGeneratedTree } from './synth-tree.js'

const missingId = 987_654_321
const durationSeconds = 4
const connections = 10
const webhookPath = '/rest/1/b24kitmockcode/crm.contact.delete'

/** One autocannon run of the same request. */
async function runLoad(url: string): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'POST',
        path: webhookPath,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: missingId }),
      },
    ],
  })
  return { rps: result.requests.average, errors: result.errors + result.timeouts }
}

async function measureThroughput(runs: number, log: (line: string) => void): Promise<ResultRow> {
  await mkdir(benchTmp, { recursive: true })
  const cli = join(repoRoot, 'packages/mock/src/cli.ts')
  const mock = await startServerProcess(cli, ['--port', '0', '--plan', 'off'])
  try {
    // The bare server sends the bytes and status the mock sends for this request.
    const sample = await fetch(`${mock.url}${webhookPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: missingId }),
    })
    const body = await sample.text()
    if (!body.includes('ERROR_CORE')) throw new Error(`the mock answered ${sample.status}: ${body}`)
    const bodyFile = join(benchTmp, 'mock-answer.json')
    await writeFile(bodyFile, body)
    const bare = await startServerProcess(fileURLToPath(new URL('./bare-server-main.ts', import.meta.url)), [
      bodyFile,
      String(sample.status),
    ])
    try {
      const ours: number[] = []
      const base: number[] = []
      let failed = 0
      for (let r = 0; r < runs; r++) {
        log(`mock: autocannon round ${r + 1}/${runs} (${durationSeconds} s each, ${connections} connections)`)
        base.push((await runLoad(bare.url)).rps)
        const run = await runLoad(mock.url)
        ours.push(run.rps)
        failed += run.errors
      }
      const a = getMedian(ours)
      const b = getMedian(base)
      return createGoalRow({
        id: '5a',
        area: 'mock',
        what: 'b24kit-mock CLI / bare node:http, req/s (not-found delete)',
        measured: `${Math.round(a)} vs ${Math.round(b)} req/s${failed ? `, ${failed} socket errors` : ''}`,
        ratio: a / b,
        goal: { op: '>=', limit: 0.6 },
        ...(a / b < 0.6
          ? {
              note: 'Per request the mock server copies the node request into a WHATWG Request (Headers, body), runs the async engine (params parsing, auth, bucket, journal entry, store, envelope with a fresh time block) and reads a WHATWG Response back into a buffer; the bare server only writes a fixed buffer. Not changed here (the mock is not this package); what would help: a node:http fast path that parses the body and builds the answer string without Request/Response objects.',
            }
          : {}),
      })
    } finally {
      await bare.stop()
    }
  } finally {
    await mock.stop()
  }
}

async function measureMsw(runs: number, log: (line: string) => void): Promise<ResultRow> {
  const one = await ensureGeneratedTree(1)
  const many = await ensureGeneratedTree(scaleMethods)
  const nodeArgs = ['--import', fileURLToPath(new URL('./redirect-register.ts', import.meta.url))]
  const requests = '3000'
  const small: number[] = []
  const large: number[] = []
  for (let r = 0; r < runs; r++) {
    log(`mock: MSW round ${r + 1}/${runs} (1 method, then ${formatMethods(scaleMethods)})`)
    type Out = { perRequestMs: number }
    small.push(
      (await runWorker<Out>('./msw-worker.ts', ['crm.contact.delete', requests], { nodeArgs, env: { BENCH_MOCK_TABLE: one } }))
        .perRequestMs,
    )
    large.push(
      (await runWorker<Out>('./msw-worker.ts', ['crm.contact.delete', requests], { nodeArgs, env: { BENCH_MOCK_TABLE: many } }))
        .perRequestMs,
    )
  }
  const a = getMedian(large)
  const b = getMedian(small)
  return createGoalRow({
    id: 's7',
    area: 'mock',
    what: `MSW handlers per request, ${formatMethods(scaleMethods)} / 1 method`,
    measured: `${formatMs(a)} vs ${formatMs(b)}`,
    ratio: a / b,
    goal: { op: '<=', limit: 1.2 },
    ...(a / b > 1.2
      ? {
          note: `Per-run figures, 1 method: ${small.map((v) => formatMs(v)).join(', ')}; ${formatMethods(scaleMethods)}: ${large.map((v) => formatMs(v)).join(', ')}. The engine looks a method up in one Map, so its cost should not grow with the table; each side runs in its own process one after the other, so a spread this wide between runs points at load from other work on the machine rather than at the table size.`,
        }
      : {}),
  })
}

/** Runs measurement 5. */
export async function measureMock(runs: number, log: (line: string) => void): Promise<ResultRow[]> {
  return [await measureThroughput(runs, log), await measureMsw(runs, log)]
}
