/**
 * Measurement 6: `crmContactDeleteMany` of 10,000 contacts against the mock server with its leaky
 * bucket on a scaled plan, the client's own bucket set to the same plan. Wall time over the plan's
 * theoretical minimum, QUERY_LIMIT_EXCEEDED reaching the caller, and batch requests counted in the
 * mock's journal.
 */
import { createClient, crmContactDeleteMany } from '@b24kit/client'
import { startMockServer } from '@b24kit/mock'
import { createGoalRow, type ResultRow } from './report.js'
import { formatMs } from './stats.js'

const total = 10_000
const plan = { drainPerSecond: 20, burst: 50 }
const batchSize = 50

function withNote(row: ResultRow, note: string): ResultRow {
  return row.status === 'not met' && note ? { ...row, note } : row
}

/** Runs measurement 6 once (it takes seconds by design; the plan, not noise, sets its length). */
export async function measureBulkDelete(log: (line: string) => void): Promise<ResultRow[]> {
  log(`bulk: seeding ${total} contacts, plan ${plan.drainPerSecond}/s burst ${plan.burst}`)
  const contacts = Array.from({ length: total }, (_, i) => ({ ID: i + 1, NAME: `Bulk ${i + 1}` }))
  const server = await startMockServer({ seed: { contact: contacts }, plan })
  try {
    const client = createClient({ webhookUrl: server.webhookUrl, allowInsecureLoopback: true, rateLimit: plan })
    const ids = contacts.map((c) => c.ID)
    log('bulk: deleteMany')
    const start = performance.now()
    const report = await crmContactDeleteMany(client, ids)
    const wallMs = performance.now() - start
    const requests = Math.ceil(total / batchSize)
    // The bucket admits `burst` at once, then one per 1/drain seconds.
    const minimumMs = (Math.max(0, requests - plan.burst) / plan.drainPerSecond) * 1000
    const batches = server.engine.journal.filter((e) => e.method === 'batch')
    const refused = batches.filter((e) => e.error === 'QUERY_LIMIT_EXCEEDED').length
    const reachedCaller = report.failed.filter((f) => f.error.code === 'QUERY_LIMIT_EXCEEDED').length
    const outcome = `deleted ${report.deleted.length}, not found ${report.notFound.length}, failed ${report.failed.length}`
    return [
      createGoalRow({
        id: '6a',
        area: 'bulk',
        what: `deleteMany(10,000) wall / plan minimum (${plan.drainPerSecond}/s, burst ${plan.burst})`,
        measured: `${formatMs(wallMs)} vs ${formatMs(minimumMs)}; ${outcome}`,
        ratio: wallMs / minimumMs,
        goal: { op: '<=', limit: 1.1 },
      }),
      createGoalRow({
        id: '6b',
        area: 'bulk',
        what: 'QUERY_LIMIT_EXCEEDED reaching the caller',
        measured: `${reachedCaller} (the mock refused ${refused} batch requests; the client absorbed them)`,
        ratio: reachedCaller,
        goal: { op: '==', limit: 0 },
      }),
      withNote(
        createGoalRow({
          id: '6c',
          area: 'bulk',
          what: 'batch requests / ceil(10,000 / 50)',
          measured: `${batches.length} batch requests in the mock's journal (${refused} refused) vs ${requests}`,
          ratio: batches.length / requests,
          goal: { op: '==', limit: 1 },
        }),
        refused
          ? `${refused} batch request(s) reached the mock a moment before its bucket had drained (client and mock run separate buckets on separate clocks, with no margin) and were retried, so the journal counts them twice. The client's bucket leaving a small margin under the plan's rate would remove the refusals.`
          : '',
      ),
    ]
  } finally {
    await server.close()
  }
}
