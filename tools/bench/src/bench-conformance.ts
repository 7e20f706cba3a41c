/**
 * Goal 6 of issue 15: what one conformance case costs in-process (client against the mock's MSW
 * handlers, every entry point of the case). Runs the conformance package's in-process suite with
 * vitest's JSON reporter and divides the cases' time by their count.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './child.js'
import { createGoalRow, type ResultRow } from './report.js'
import { formatMs } from './stats.js'
import { benchTmp } from './synth-specs.js'

const run = promisify(execFile)

interface VitestJson {
  testResults: { assertionResults: { title: string; duration?: number; status: string }[] }[]
}

/** Runs goal 6. */
export async function measureConformance(log: (line: string) => void): Promise<ResultRow[]> {
  log('conformance: the in-process suite with the JSON reporter')
  const out = join(benchTmp, 'conformance-in-process.json')
  const dir = join(repoRoot, 'tools/conformance')
  const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs')
  await run(process.execPath, [vitest, 'run', 'src/in-process.test.ts', '--reporter=json', `--outputFile=${out}`], {
    cwd: dir,
    maxBuffer: 1 << 26,
  })
  const report = JSON.parse(await readFile(out, 'utf8')) as VitestJson
  const cases = report.testResults.flatMap((f) => f.assertionResults).filter((a) => a.title !== 'matches the wire snapshot')
  const total = cases.reduce((sum, c) => sum + (c.duration ?? 0), 0)
  const perCase = total / cases.length
  const row = createGoalRow({
    id: 's6',
    area: 'conformance',
    what: 'one conformance case in-process (every entry point of the case), mean',
    measured: `${formatMs(perCase)} a case (${cases.length} cases, ${formatMs(total)})`,
    ratio: perCase,
    goal: { op: '<=', limit: 2 },
  })
  if (row.status === 'not met')
    row.note =
      "A case runs every entry point (tree, call, the standalone function, and unchecked where the client refuses first), each a real client call through the mock's MSW handlers (msw's getResponse), with the wire recorded for the snapshot; the figure is vitest's duration of the case, assertions included. What is left is a cold process's cost per request, about 1 ms of CPU: msw's getResponse (a clone of the request, cookie parsing, an AbortController aborted per run), undici's Request and Response streams, the client's abort signals and errors, and the engine; a typed case sends three requests. The portal reset (copy on write), portal creation, the toEqual checks (a strict deep-equal first) and the client's by-need modules (loaded together in the file's beforeAll, not counted here) no longer weigh."
  return [row]
}
