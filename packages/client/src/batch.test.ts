/**
 * batch and deleteMany against a loopback portal that runs `batch` as the real one does (at most
 * 50 commands, `halt`, results and errors keyed like `cmd`): no command is ever dropped.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { B24ApiError, batchLimit, createBaseClient, createClient, crmContactDeleteDescriptor, runBatch } from './index.js'
import { failWith, ok, type Portal, type Seen, startPortal } from './testing/loopback.js'

let portal: Portal
let contacts: Set<number>

/** Runs one command the way the portal would: delete a stored contact, or answer a row. */
function runCommand(method: string, query: URLSearchParams): { result: unknown } | { error: string; error_description: string } {
  if (method !== 'crm.contact.delete') return { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' }
  const id = Number.parseInt(query.get('ID') ?? query.get('id') ?? '', 10) || 0
  if (id <= 0) return { error: '', error_description: 'ID is not defined or invalid.' }
  if (id === 403) return { error: '', error_description: 'Access denied.' }
  if (!contacts.delete(id)) return { error: 'ERROR_CORE', error_description: 'Element not found' }
  return { result: true }
}

function runBatchRequest({ body }: Seen) {
  const cmd = body.cmd as Record<string, string>
  const result: Record<string, unknown> = {}
  const resultError: Record<string, unknown> = {}
  let index = 0
  for (const [key, line] of Object.entries(cmd)) {
    if (body.halt && Object.keys(resultError).length) break
    const [method = '', query = ''] = line.split('?')
    const answer =
      index++ >= batchLimit
        ? { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' }
        : runCommand(method, new URLSearchParams(query))
    if ('result' in answer) result[key] = answer.result
    else resultError[key] = answer
  }
  // PHP sends an empty array, not an empty object.
  return ok({ result: Object.keys(result).length ? result : [], result_error: Object.keys(resultError).length ? resultError : [] })
}

beforeAll(async () => {
  portal = await startPortal((seen) => (seen.method === 'batch' ? runBatchRequest(seen) : ok(true)))
})
afterAll(() => portal.close())
beforeEach(() => {
  portal.seen.length = 0
  contacts = new Set(Array.from({ length: 200 }, (_, i) => i + 1))
})

const b24 = () => createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true, rateLimit: false, retry: false })

describe('batch', () => {
  it('runs 120 commands in three requests of at most 50, keyed like the input', async () => {
    const commands = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`c${i}`, { method: 'crm.contact.delete', params: { id: i + 1 } } as const]),
    )
    const report = await b24().batch(commands)
    expect(portal.seen.map((s) => Object.keys(s.body.cmd as object).length)).toEqual([50, 50, 20])
    expect(Object.keys(report.results)).toHaveLength(120)
    expect(report.results.c119).toBe(true)
    expect(report.errors).toEqual({})
    expect(report.skipped).toEqual([])
  })

  it('writes each command as a PHP query string', async () => {
    await b24().batch({ a: { method: 'crm.contact.delete', params: { id: 7 } } })
    expect(portal.seen[0]?.body).toEqual({ halt: 0, cmd: { a: 'crm.contact.delete?id=7' } })
  })

  it('reports each failed command under its key, classified by its own method', async () => {
    const report = await b24().batch([
      { method: 'crm.contact.delete', params: { id: 1 } },
      { method: 'crm.contact.delete', params: { id: 1000 } },
      { method: 'crm.contact.delete', params: { id: 403 } },
    ])
    expect(report.results).toEqual([true])
    expect(report.errors[1]).toMatchObject({ kind: 'notFound', errorId: 'notFound', code: 'ERROR_CORE', status: 400 })
    expect(report.errors[2]).toMatchObject({ kind: 'accessDenied', errorId: 'accessDenied' })
  })

  it('fails an invalid command before sending it, and runs the rest', async () => {
    const report = await b24().batch({
      bad: { method: 'crm.contact.delete', params: { id: 0 } },
      good: { method: 'crm.contact.delete', params: { id: 2 } },
    })
    expect(report.errors.bad).toMatchObject({ kind: 'invalidParams', errorId: 'invalidId', status: 400 })
    expect(report.results.good).toBe(true)
    expect(portal.seen[0]?.body.cmd).toEqual({ good: 'crm.contact.delete?id=2' })
  })

  it('under halt, stops at the first error and reports what it never ran as skipped, across chunks', async () => {
    const commands = Array.from(
      { length: 70 },
      (_, i) => ({ method: 'crm.contact.delete', params: { id: i === 10 ? 999 : i + 1 } }) as const,
    )
    const report = await b24().batch(commands, { halt: true })
    expect(portal.seen).toHaveLength(1)
    expect(report.results.filter(Boolean)).toHaveLength(10)
    expect(report.errors[10]).toMatchObject({ kind: 'notFound' })
    expect(report.skipped).toEqual(Array.from({ length: 59 }, (_, i) => String(i + 11)))
  })

  it('fails every command of a chunk whose request failed, and still runs the other chunks', async () => {
    let batches = 0
    portal.script = (seen) =>
      seen.method === 'batch' && batches++ === 0 ? failWith(500, 'INTERNAL_SERVER_ERROR', 'Internal server error') : runBatchRequest(seen)
    const commands = Array.from({ length: 60 }, (_, i) => ({ method: 'crm.contact.delete', params: { id: i + 1 } }) as const)
    const report = await b24().batch(commands)
    expect(Object.keys(report.errors)).toHaveLength(50)
    expect(report.errors[0]).toBeInstanceOf(B24ApiError)
    expect(report.results.filter(Boolean)).toHaveLength(10)
    portal.script = (seen) => (seen.method === 'batch' ? runBatchRequest(seen) : ok(true))
  })

  it('reports a command the answer left out as an invalid response', async () => {
    portal.script = () => ok({ result: [], result_error: [] })
    const report = await b24().batch({ a: { method: 'crm.contact.delete', params: { id: 1 } } })
    expect(report.errors.a).toMatchObject({ kind: 'invalidResponse' })
    portal.script = (seen) => (seen.method === 'batch' ? runBatchRequest(seen) : ok(true))
  })
})

describe('deleteMany', () => {
  it('reports every one of 130 ids: deleted, not found, or failed with its error', async () => {
    const ids = [...Array.from({ length: 120 }, (_, i) => i + 1), 500, 501, 0, -3, 403, 7, 1000, 1001, 1002, 1003]
    const report = await b24().crm.contact.deleteMany(ids)
    expect(portal.seen).toHaveLength(3)
    expect(report.deleted).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
    expect(report.notFound).toEqual([500, 501, 7, 1000, 1001, 1002, 1003])
    expect(report.failed.map((f) => [f.id, f.error.errorId])).toEqual([
      [0, 'invalidId'],
      [-3, 'invalidId'],
      [403, 'accessDenied'],
    ])
  })

  it('is also on the client by method name, and as the standalone function', async () => {
    const { crmContactDeleteMany } = await import('./index.js')
    expect((await b24().deleteMany('crm.contact.delete', [1, 2])).deleted).toEqual([1, 2])
    expect((await crmContactDeleteMany(b24(), [3, 1])).notFound).toEqual([1])
  })

  it('runs as the standalone runBatch over the smallest client, which loads the batch module on first use', async () => {
    const client = createBaseClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
    const outcome = await runBatch(client, [
      { key: 'a', method: 'crm.contact.delete', descriptor: crmContactDeleteDescriptor, params: { id: 4 } },
      { key: 'b', method: 'crm.contact.delete', descriptor: crmContactDeleteDescriptor, params: { id: 0 } },
    ])
    expect([...outcome.results]).toEqual([['a', true]])
    expect(outcome.errors.get('b')?.errorId).toBe('invalidId')
    expect(portal.seen.map((s) => s.body.cmd)).toEqual([{ a: 'crm.contact.delete?id=4' }])
  })
})
