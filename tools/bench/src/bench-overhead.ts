/**
 * Measurement 4: median time per call of the generated client (`crmContactDelete` on `createClient`,
 * rate limiter off) over raw `fetch` of the same request, against one bare
 * loopback server in its own process. Rounds alternate so drift hits both sides alike.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient, crmContactDelete } from '@b24kit/client'
import { deleteAnswer } from './bare-server.js'
import { startServerProcess } from './processes.js'
import { createGoalRow, type ResultRow } from './report.js'
import { formatMs, getMedian } from './stats.js'
import { benchTmp } from './synth-specs.js'

const callsPerRound = 1000

async function timeCalls(call: () => Promise<unknown>, count: number, into: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    await call()
    into.push(performance.now() - start)
  }
}

/** Runs measurement 4 with `rounds` alternating rounds per side. */
export async function measureOverhead(rounds: number, log: (line: string) => void): Promise<ResultRow[]> {
  const bodyFile = join(benchTmp, 'delete-answer.json')
  await writeFile(bodyFile, deleteAnswer)
  const server = await startServerProcess(fileURLToPath(new URL('./bare-server-main.ts', import.meta.url)), [bodyFile])
  try {
    const webhookUrl = `${server.url}/rest/1/benchcode/`
    // The client as a user makes it, minus the rate limiter (it would measure the 2/s bucket, not the code).
    const client = createClient({ webhookUrl, allowInsecureLoopback: true, rateLimit: false })
    const viaClient = async () => {
      const ok = await crmContactDelete(client, { id: 50 })
      if (ok !== true) throw new Error('the client did not resolve to true')
    }
    const viaFetch = async () => {
      const response = await fetch(`${webhookUrl}crm.contact.delete`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: 50 }),
      })
      const json = (await response.json()) as { result?: unknown }
      if (json.result !== true) throw new Error('raw fetch did not get true')
    }
    // Warm both paths (JIT, keep-alive sockets) before anything counts.
    await timeCalls(viaClient, 300, [])
    await timeCalls(viaFetch, 300, [])
    const ours: number[] = []
    const raw: number[] = []
    for (let r = 0; r < Math.max(rounds, 3); r++) {
      log(`overhead: round ${r + 1}, ${callsPerRound} calls each`)
      await timeCalls(viaFetch, callsPerRound, raw)
      await timeCalls(viaClient, callsPerRound, ours)
    }
    const a = getMedian(ours)
    const b = getMedian(raw)
    return [
      createGoalRow({
        id: '4',
        area: 'client',
        what: 'client / raw fetch, median time per call',
        measured: `${formatMs(a)} vs ${formatMs(b)} (${ours.length} calls each)`,
        ratio: a / b,
        goal: { op: '<=', limit: 1.1 },
      }),
    ]
  } finally {
    await server.stop()
  }
}
