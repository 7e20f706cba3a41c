/** The optional logger: what it receives for a call that succeeds, one the portal refuses and one refused before sending. */
import { describe, expect, it } from 'vitest'
import { createClient, type LogEntry } from './index.js'

const CODE = 'c0dec0dec0de'

/** A client whose fetch answers `reply` (no network), logging into the returned list. */
function createLoggingClient(status: number, reply: object) {
  const logs: LogEntry[] = []
  const b24 = createClient({
    webhookUrl: `https://example.bitrix24.ru/rest/1/${CODE}/`,
    fetch: async () => new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } }),
    rateLimit: false,
    retry: false,
    logger: (entry) => logs.push(entry),
  })
  return { b24, logs }
}

describe('the logger', () => {
  it('receives the request (redacted) and the answer of a call that succeeds', async () => {
    const { b24, logs } = createLoggingClient(200, { result: true })
    await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(logs.map((e) => e.event)).toEqual(['request', 'response'])
    expect(logs[0]).toEqual({
      event: 'request',
      method: 'crm.contact.delete',
      url: 'https://example.bitrix24.ru/rest/1/***/crm.contact.delete',
      body: '{"id":50}',
    })
    expect(logs[1]).toMatchObject({ event: 'response', method: 'crm.contact.delete', status: 200 })
  })

  it('receives the request, the answer and the error of a call the portal refuses, and the caller gets that error', async () => {
    const { b24, logs } = createLoggingClient(400, { error: 'ERROR_CORE', error_description: 'Element not found' })
    const error = await b24.crm.contact.delete({ id: 50 }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'notFound', errorId: 'notFound', code: 'ERROR_CORE', status: 400 })
    expect(logs.map((e) => e.event)).toEqual(['request', 'response', 'error'])
    expect(logs[2]).toEqual({ event: 'error', method: 'crm.contact.delete', status: 400, code: 'ERROR_CORE', kind: 'notFound' })
  })

  it('receives only the error of a call refused before sending', async () => {
    const { b24, logs } = createLoggingClient(200, { result: true })
    await expect(b24.crm.contact.delete({ id: 0 })).rejects.toMatchObject({ kind: 'invalidParams' })
    expect(logs).toEqual([{ event: 'error', method: 'crm.contact.delete', status: 400, code: '', kind: 'invalidParams' }])
  })
})
