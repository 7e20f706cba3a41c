/**
 * What the official clients rely on, at the engine (issue 12): batch references in decoded values at
 * any depth, list totals and next pages inside a batch, `start=-1`, the `.xml` transport, the unknown
 * token answer, and the fields the portal fills by itself. Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest'
import { createManualClock, createMockEngine, defaultAccessToken, type MockEngine } from './index.js'

const contacts = (n: number) => ({ contact: Array.from({ length: n }, (_, i) => ({ ID: i + 1, NAME: `N${i + 1}` })) })

async function post(engine: MockEngine, method: string, body: unknown) {
  const response = await engine.dispatch(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  if (!response) throw new Error('dropped')
  return { status: response.status, type: response.headers.get('content-type'), json: await response.json() }
}

const batch = async (engine: MockEngine, params: unknown) => (await post(engine, 'batch', params)).json.result

describe('batch references', () => {
  it.each([
    [
      'cmd as a map, URL-encoded as the SDKs send it',
      { add: 'crm.contact.add?fields%5BNAME%5D=Anna', get: 'crm.contact.get?id=%24result%5Badd%5D' },
    ],
    ['cmd as a map, plain', { add: 'crm.contact.add?fields[NAME]=Anna', get: 'crm.contact.get?id=$result[add]' }],
    ['cmd as a list', ['crm.contact.add?fields%5BNAME%5D=Anna', 'crm.contact.get?id=%24result%5B0%5D']],
  ])('resolves a reference in %s', async (_title, cmd) => {
    const result = await batch(createMockEngine({ seed: contacts(3) }), { cmd })
    expect(result.result_error).toEqual([])
    const got = Array.isArray(cmd) ? result.result[1] : result.result.get
    expect(got).toMatchObject({ ID: '4', NAME: 'Anna' })
  })

  it('resolves a double-encoded command sent in the query, as the docs show', async () => {
    const engine = createMockEngine({ seed: contacts(3) })
    const inner = (query: string) => encodeURIComponent(query)
    const url = `${engine.webhookUrl}batch?cmd[add]=${inner('crm.contact.add?fields[NAME]=A%26B')}&cmd[get]=${inner('crm.contact.get?id=%24result%5Badd%5D')}`
    const answer = (await (await engine.dispatch(new Request(url)))?.json()) as { result: { result: { get: { NAME: string } } } }
    expect(answer.result.result.get).toMatchObject({ NAME: 'A&B' })
  })

  it('resolves references at depth: a list row field inside a filter (b24phpsdk list reader)', async () => {
    const engine = createMockEngine({ seed: contacts(120) })
    const result = await batch(engine, {
      cmd: {
        cmd_0: 'crm.contact.list?order%5BID%5D=ASC&filter%5B%3EID%5D=0&start=-1',
        cmd_1: 'crm.contact.list?order%5BID%5D=ASC&filter%5B%3EID%5D=%24result%5Bcmd_0%5D%5B49%5D%5BID%5D&start=-1',
        cmd_2: 'crm.contact.list?order%5BID%5D=ASC&filter%5B%3EID%5D=%24result%5Bcmd_1%5D%5B49%5D%5BID%5D&start=-1',
      },
    })
    const ids = ['cmd_0', 'cmd_1', 'cmd_2'].flatMap((key) => (result.result[key] as { ID: string }[]).map((r) => Number(r.ID)))
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  })
})

describe('batch totals, next pages and times', () => {
  it('reports each list command total and next keyed like result, and no time for a failed command', async () => {
    const engine = createMockEngine({ seed: contacts(60) })
    const result = await batch(engine, {
      cmd: { first: 'crm.contact.list', last: 'crm.contact.list?start=50', none: 'crm.contact.get?id=999', one: 'crm.contact.get?id=1' },
    })
    expect(result.result_total).toEqual({ first: 60, last: 60 })
    expect(result.result_next).toEqual({ first: 50 })
    expect(Object.keys(result.result_time)).toEqual(['first', 'last', 'one'])
    expect(Object.keys(result.result_error)).toEqual(['none'])
  })

  it('keys totals of a list cmd by index', async () => {
    const result = await batch(createMockEngine({ seed: contacts(2) }), { cmd: ['crm.contact.list', 'crm.contact.list?start=1'] })
    expect(result.result_total).toEqual([2, 2])
    expect(result.result_next).toEqual([])
  })
})

describe('start=-1', () => {
  it('serves the first page without counting: total 0 and no next', async () => {
    const answer = await post(createMockEngine({ seed: contacts(70) }), 'crm.contact.list', { start: -1, order: { ID: 'ASC' } })
    expect(answer.json.result).toHaveLength(50)
    expect(answer.json.total).toBe(0)
    expect('next' in answer.json).toBe(false)
  })
})

describe('the .xml transport', () => {
  it('answers the same content as XML with text/xml and a <response> root', async () => {
    const engine = createMockEngine()
    const response = await engine.dispatch(new Request(`${engine.webhookUrl}crm.contact.get.xml?id=50`))
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-type')).toBe('text/xml; charset=utf-8')
    const text = (await response?.text()) ?? ''
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<response><result><ID>50<\/ID>/)
    expect(text).toContain('<PHONE><item><ID>8</ID><VALUE_TYPE>WORK</VALUE_TYPE>')
    expect(text).toMatch(/<time><start>[\d.]+<\/start>/)
  })

  it('answers errors as XML with the error status', async () => {
    const engine = createMockEngine()
    const response = await engine.dispatch(new Request(`${engine.webhookUrl}CRM.CONTACT.GET.XML?id=999`))
    expect(response?.status).toBe(400)
    expect(await response?.text()).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<response><error></error><error_description>Not found</error_description></response>',
    )
  })
})

describe('an unknown OAuth token', () => {
  it('answers 401 invalid_token, which the official clients refresh on', async () => {
    const engine = createMockEngine()
    const answer = async (auth: string) => {
      const response = await engine.dispatch(
        new Request('https://mock.test/rest/crm.contact.get', { method: 'POST', body: new URLSearchParams({ id: '50', auth }) }),
      )
      return { status: response?.status, json: await response?.json() }
    }
    expect(await answer('no-such-token')).toEqual({
      status: 401,
      json: { error: 'invalid_token', error_description: 'The access token provided is invalid' },
    })
    expect((await answer(defaultAccessToken)).status).toBe(200)
  })
})

describe('fields the portal fills', () => {
  it('fills dates from the clock, users from the caller and the flag defaults on add; update moves the modify pair', async () => {
    const clock = createManualClock(Date.UTC(2026, 0, 2, 3, 4, 5))
    const engine = createMockEngine({
      clock,
      seed: contacts(0),
      webhooks: [{ userId: 7, code: 'c7' }],
      users: [{ id: 7, permissions: '*' }],
    })
    expect(
      (await post(engine, 'crm.contact.add', { fields: { NAME: 'Anna', DATE_CREATE: '2000-01-01T00:00:00+00:00' } })).json.result,
    ).toBe(1)
    expect(engine.store.get('contact', 1)).toMatchObject({
      DATE_CREATE: '2026-01-02T03:04:05+00:00',
      DATE_MODIFY: '2026-01-02T03:04:05+00:00',
      CREATED_BY_ID: 7,
      MODIFY_BY_ID: 7,
      ASSIGNED_BY_ID: 7,
      OPENED: 'Y',
      EXPORT: 'Y',
    })
    expect((await post(engine, 'crm.contact.add', { fields: { NAME: 'B', ASSIGNED_BY_ID: 3, OPENED: 'N' } })).json.result).toBe(2)
    expect(engine.store.get('contact', 2)).toMatchObject({ ASSIGNED_BY_ID: 3, OPENED: 'N', EXPORT: 'Y' })
    clock.advance(60_000)
    await post(engine, 'crm.contact.update', { id: 1, fields: { NAME: 'Anya' } })
    expect(engine.store.get('contact', 1)).toMatchObject({
      NAME: 'Anya',
      DATE_CREATE: '2026-01-02T03:04:05+00:00',
      DATE_MODIFY: '2026-01-02T03:05:05+00:00',
      CREATED_BY_ID: 7,
      MODIFY_BY_ID: 7,
    })
  })
})
