/** The pager: every record, page after page, through the client's ordinary call path. */
import { describe, expect, it } from 'vitest'
import { type Answer, B24ApiError, createClient, crmContactListAll, crmContactListDescriptor, type Policy, paginate } from './index.js'

/** A portal of `n` contacts answering crm.contact.list 50 a page, as the real one does. */
function listPortal(n: number, seen: object[] = []): typeof fetch {
  return async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { start?: number }
    seen.push(body)
    const start = body.start ?? 0
    const result = Array.from({ length: Math.max(0, Math.min(50, n - start)) }, (_, i) => ({ ID: String(start + i + 1) }))
    const next = start + 50 < n ? { next: start + 50 } : {}
    return Response.json({
      result,
      total: n,
      ...next,
      time: { start: 0, finish: 0, duration: 0, processing: 0, date_start: '', date_finish: '' },
    })
  }
}

const webhookUrl = 'https://example.bitrix24.ru/rest/1/abc123/'

describe('paginate', () => {
  it('yields every record of 120, following next over three pages, each page through the policies', async () => {
    const seen: object[] = []
    let attempts = 0
    const counting: Policy = () => (call, attempt) => {
      attempts++
      return attempt(call.params)
    }
    const b24 = createClient({ webhookUrl, fetch: listPortal(120, seen), rateLimit: false, policy: counting })
    const pages: Answer[] = []
    const ids: string[] = []
    for await (const contact of b24.paginate('crm.contact.list', { filter: { '%NAME': 'Iv' } }, { onPage: (a) => pages.push(a) }))
      ids.push(String(contact.ID))
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)))
    expect(seen).toEqual([
      { filter: { '%NAME': 'Iv' } },
      { filter: { '%NAME': 'Iv' }, start: 50 },
      { filter: { '%NAME': 'Iv' }, start: 100 },
    ])
    expect(pages.map((p) => [p.total, p.next])).toEqual([
      [120, 50],
      [120, 100],
      [120, undefined],
    ])
    expect(attempts).toBe(3)
  })

  it('starts from the start given, and stops when the caller stops', async () => {
    const seen: object[] = []
    const b24 = createClient({ webhookUrl, fetch: listPortal(500, seen), rateLimit: false })
    const ids: string[] = []
    for await (const contact of crmContactListAll(b24, { start: 100 })) {
      ids.push(String(contact.ID))
      if (ids.length === 60) break
    }
    expect(ids[0]).toBe('101')
    expect(seen).toEqual([{ start: 100 }, { start: 150 }])
  })

  it('answers an empty list with no records', async () => {
    const b24 = createClient({ webhookUrl, fetch: listPortal(0), rateLimit: false })
    const all = []
    for await (const contact of b24.crm.contact.listAll()) all.push(contact)
    expect(all).toEqual([])
  })

  it('fails with invalidResponse on a next that does not move forward, instead of looping', async () => {
    const stuck: typeof fetch = async () => Response.json({ result: [{ ID: '1' }], total: 99, next: 0 })
    const b24 = createClient({ webhookUrl, fetch: stuck, rateLimit: false, retry: false })
    const run = async () => {
      for await (const _ of b24.paginate('crm.contact.list')) void _
    }
    await expect(run()).rejects.toMatchObject({ kind: 'invalidResponse', method: 'crm.contact.list' })
    await expect(run()).rejects.toBeInstanceOf(B24ApiError)
  })

  it('refuses a method that is not a paged list', async () => {
    const b24 = createClient({ webhookUrl, fetch: listPortal(1), rateLimit: false })
    const run = paginate(b24, { ...crmContactListDescriptor, operation: undefined }, {})
    await expect(run.next()).rejects.toThrow('crm.contact.list is not a list method')
  })
})
