/**
 * The official @bitrix24/b24jssdk 2.2.0, used as its users use it, against the b24kit-mock CLI over
 * HTTPS with a verified certificate: plain calls, batches in both forms with references at depth,
 * chunked batches, the list helpers over 130+ contacts, totals in a batch, `start=-1`, and OAuth with
 * a token the portal does not know.
 */
import { type AjaxResult, B24Hook, B24OAuth, EnumAppStatus, LoggerFactory } from '@bitrix24/b24jssdk'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { callAdmin, getWebhookUrl, interopCredentials, seedContacts } from './fixture.js'

const mock = inject('mock')

function createHook(): B24Hook {
  // fromWebhookUrl refuses http:// webhooks: the mock is served over HTTPS, its certificate trusted
  // through NODE_EXTRA_CA_CERTS (global-setup.ts), never by turning verification off.
  const hook = B24Hook.fromWebhookUrl(getWebhookUrl(mock))
  hook.setLogger(LoggerFactory.createNullLogger())
  return hook
}

type Contact = { ID: string; NAME: string }

describe('b24jssdk 2.2.0 against b24kit-mock', () => {
  beforeEach(async () => {
    await callAdmin(mock, 'reset')
  })

  it('verifies the mock certificate it was given (the webhook is https://)', () => {
    expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    expect(process.env.NODE_EXTRA_CA_CERTS).toBe(mock.certificate)
  })

  it('call.make: reads contact 50, then a typed error for a missing one', async () => {
    const b24 = createHook()
    const got = await b24.actions.v2.call.make<Contact>({ method: 'crm.contact.get', params: { id: 50 } })
    expect(got.isSuccess).toBe(true)
    expect(got.getData()?.result).toMatchObject({ ID: '50', NAME: 'Ivan' })
    // The SDK parses an error only when its code is not empty (crm.contact.get's not-found row has an
    // empty code, as on the portal), so the typed error is shown with delete's ERROR_CORE row.
    await expect(b24.actions.v2.call.make({ method: 'crm.contact.delete', params: { id: 999 } })).rejects.toMatchObject({
      status: 400,
      code: 'ERROR_CORE',
    })
  })

  it('call.make: add fills what the portal fills (dates, users, flags)', async () => {
    const b24 = createHook()
    const added = await b24.actions.v2.call.make<number>({ method: 'crm.contact.add', params: { fields: { NAME: 'Anna' } } })
    const id = added.getData()?.result
    const got = await b24.actions.v2.call.make<Record<string, unknown>>({ method: 'crm.contact.get', params: { id } })
    expect(got.getData()?.result).toMatchObject({
      NAME: 'Anna',
      CREATED_BY_ID: '1',
      MODIFY_BY_ID: '1',
      ASSIGNED_BY_ID: '1',
      OPENED: 'Y',
      EXPORT: 'Y',
      DATE_CREATE: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
    })
  })

  it('batch.make with named commands: a reference at depth into an earlier result', async () => {
    const b24 = createHook()
    const response = await b24.actions.v2.batch.make({
      calls: {
        add: { method: 'crm.contact.add', params: { fields: { NAME: 'Boris' } } },
        list: { method: 'crm.contact.list', params: { filter: { ID: '$result[add]' }, select: ['ID', 'NAME'] } },
        again: { method: 'crm.contact.get', params: { id: '$result[list][0][ID]' } },
      },
      options: { isHaltOnError: true, returnAjaxResult: true },
    })
    expect(response.isSuccess).toBe(true)
    const data = response.getData() as Record<string, AjaxResult>
    const id = String(data.add?.getData()?.result)
    expect(data.list?.getData()?.result).toEqual([{ ID: id, NAME: 'Boris' }])
    expect(data.again?.getData()?.result).toMatchObject({ ID: id, NAME: 'Boris' })
    // Totals in a batch: the list command's total reaches AjaxResult.getTotal().
    expect(data.list?.getTotal()).toBe(1)
  })

  it('batch.make with a command list: references by index and at depth, and the failed command reported, not passed off as success', async () => {
    const b24 = createHook()
    const response = await b24.actions.v2.batch.make({
      calls: [
        ['crm.contact.add', { fields: { NAME: 'Vera', PHONE: [{ VALUE: '+7 900 000-00-01', VALUE_TYPE: 'WORK' }] } }],
        ['crm.contact.get', { id: '$result[0]' }],
        ['crm.contact.list', { filter: { PHONE: '$result[1][PHONE][0][VALUE]' }, select: ['ID', 'NAME'] }],
        ['crm.contact.delete', { id: 999 }],
      ],
      options: { isHaltOnError: false, returnAjaxResult: true },
    })
    const [added, got, found, missing] = response.getData() as AjaxResult[]
    const id = String(added?.getData()?.result)
    expect(got?.isSuccess).toBe(true)
    expect(got?.getData()?.result).toMatchObject({ ID: id, NAME: 'Vera' })
    expect(found?.getData()?.result).toEqual([{ ID: id, NAME: 'Vera' }])
    expect(missing?.isSuccess).toBe(false)
    expect(response.isSuccess).toBe(false)
  })

  it('batch totals: getTotal() and isMore() of list commands inside a batch', async () => {
    await seedContacts(mock, 130)
    const b24 = createHook()
    const response = await b24.actions.v2.batch.make({
      calls: { first: { method: 'crm.contact.list', params: {} }, last: { method: 'crm.contact.list', params: { start: 100 } } },
      options: { returnAjaxResult: true },
    })
    const data = response.getData() as Record<string, AjaxResult>
    expect(data.first?.getTotal()).toBe(130)
    expect(data.first?.isMore()).toBe(true)
    expect(data.last?.getTotal()).toBe(130)
    // (isMore() of a batch command without a next page is true in the SDK: it reads the missing
    // result_next entry as 0, a number; so the last page is told by its length here.)
    expect(data.last?.getData()?.result).toHaveLength(30)
  })

  it('batchByChunk.make: 120 commands in chunks of 50, every result back in order', async () => {
    const b24 = createHook()
    const seeded = ((await callAdmin(mock, 'store')) as { store: { contact: unknown[] } }).store.contact.length
    const calls = Array.from({ length: 120 }, (_, i) => ['crm.contact.add', { fields: { NAME: `Chunk ${i}` } }] as [string, object])
    const response = await b24.actions.v2.batchByChunk.make({ calls, options: { isHaltOnError: true } })
    expect(response.isSuccess).toBe(true)
    expect(response.getData()).toEqual(Array.from({ length: 120 }, (_, i) => 51 + i))
    const store = (await callAdmin(mock, 'store')) as { store: { contact: unknown[] } }
    expect(store.store.contact).toHaveLength(seeded + 120)
  })

  it('callList.make and fetchList.make: every one of 130 seeded contacts once, read with start=-1 and filter[>ID]', async () => {
    await seedContacts(mock, 130)
    const b24 = createHook()
    const all = await b24.actions.v2.callList.make<Contact>({ method: 'crm.contact.list', params: { select: ['ID', 'NAME'] }, idKey: 'ID' })
    expect(all.isSuccess).toBe(true)
    const ids = (all.getData() as Contact[]).map((c) => Number(c.ID))
    expect(ids).toEqual(Array.from({ length: 130 }, (_, i) => i + 1))
    const chunks: number[] = []
    const seen: number[] = []
    for await (const chunk of b24.actions.v2.fetchList.make<Contact>({
      method: 'crm.contact.list',
      params: { select: ['ID'] },
      idKey: 'ID',
    })) {
      chunks.push(chunk.length)
      seen.push(...chunk.map((c) => Number(c.ID)))
    }
    expect(chunks).toEqual([50, 50, 30])
    expect(seen).toEqual(ids)
    // The helpers ask with start=-1: the journal holds them, and the mock answered without counting.
    const journal = (await callAdmin(mock, 'journal')) as { journal: { method: string; params: { start?: unknown } }[] }
    expect(journal.journal.filter((e) => e.method === 'crm.contact.list').map((e) => String(e.params.start))).toEqual(Array(6).fill('-1'))
  })

  it('start=-1 on a plain call: the first page, total 0, no next', async () => {
    await seedContacts(mock, 130)
    const page = await createHook().actions.v2.call.make<Contact[]>({ method: 'crm.contact.list', params: { start: -1 } })
    expect(page.getData()?.result).toHaveLength(50)
    expect(page.getTotal()).toBe(0)
    expect(page.isMore()).toBe(false)
  })

  it('a list read with filter[>ID] references: every seeded row exactly once (the b24phpsdk reader, in one batch)', async () => {
    await seedContacts(mock, 137)
    const b24 = createHook()
    // Each command reads the page after the last row of the one before, by reference, as b24phpsdk's
    // default reader does: $result[cmd_N][49][ID] resolved inside filter[>ID].
    const calls: Record<string, { method: string; params: object }> = {}
    for (let i = 0; i < 3; i++) {
      const after = i === 0 ? 0 : `$result[cmd_${i - 1}][49][ID]`
      calls[`cmd_${i}`] = {
        method: 'crm.contact.list',
        params: { order: { ID: 'ASC' }, filter: { '>ID': after }, select: ['ID'], start: -1 },
      }
    }
    const response = await b24.actions.v2.batch.make({ calls, options: { isHaltOnError: true } })
    expect(response.isSuccess).toBe(true)
    const pages = response.getData() as Record<string, Contact[]>
    const ids = Object.values(pages).flatMap((rows) => rows.map((r) => Number(r.ID)))
    expect(ids).toEqual(Array.from({ length: 137 }, (_, i) => i + 1))
  })

  it('OAuth with a token the portal does not know: invalid_token, the SDK refreshes and retries', async () => {
    let refreshes = 0
    const b24 = new B24OAuth(
      {
        applicationToken: 'app',
        userId: 1,
        memberId: 'member',
        accessToken: 'a-token-the-portal-never-issued',
        refreshToken: 'refresh',
        expires: Math.floor(Date.now() / 1000) + 3600,
        expiresIn: 3600,
        scope: 'crm',
        domain: mock.url,
        clientEndpoint: `${mock.url}/rest/`,
        serverEndpoint: `${mock.url}/rest/`,
        status: EnumAppStatus.Local,
      },
      { clientId: 'client', clientSecret: 'secret' },
    )
    b24.setLogger(LoggerFactory.createNullLogger())
    // The SDK's own hook for refreshing: here it hands over the token the portal knows.
    b24.setCustomRefreshAuth(async () => {
      refreshes++
      return {
        access_token: interopCredentials.accessToken,
        refresh_token: 'refresh-2',
        // The portal's OAuth server sends these as strings; the SDK parses them.
        expires: String(Math.floor(Date.now() / 1000) + 3600),
        expires_in: '3600',
        client_endpoint: `${mock.url}/rest/`,
        server_endpoint: `${mock.url}/rest/`,
        member_id: 'member',
        scope: 'crm',
        status: EnumAppStatus.Local,
        domain: mock.url,
      }
    })
    const got = await b24.actions.v2.call.make<Contact>({ method: 'crm.contact.get', params: { id: 50 } })
    expect(refreshes).toBe(1)
    expect(got.getData()?.result).toMatchObject({ ID: '50' })
    const journal = (await callAdmin(mock, 'journal')) as { journal: { status: number; error?: string; transport: string }[] }
    expect(journal.journal.map((e) => [e.status, e.error ?? ''])).toEqual([
      [401, 'invalid_token'],
      [200, ''],
    ])
    expect(JSON.stringify(journal)).not.toContain('a-token-the-portal-never-issued')
  })
})
