/**
 * The record operations (add, get, update, list, fields, and delete after them) through the MSW
 * handlers with real fetch, driven only by the generated table of the crm.contact.* specs.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockPortal, defaultWebhookCode } from './index.js'
import { matchesFilter, pageOf, parseFilterKey, sortRecords } from './query.js'

const portal = createMockPortal()
const server = setupServer(...portal.handlers)
const hook = `https://portal.example.test/rest/1/${defaultWebhookCode}`

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => portal.reset())
afterAll(() => server.close())

interface Answer {
  result?: unknown
  total?: number
  next?: number
  error?: string
  error_description?: string
}

async function call(method: string, params: unknown): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${hook}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params),
  })
  return { status: response.status, body: (await response.json()) as Answer }
}

describe('the contact family against one store', () => {
  it('adds, gets, updates, lists across pages, deletes, and then answers not found', async () => {
    const added = await call('crm.contact.add', {
      fields: { NAME: 'Anna', LAST_NAME: 'Smirnova', OPENED: 'Y', ID: 999, PHONE: [{ VALUE: '+7 495 000-00-51', VALUE_TYPE: 'WORK' }] },
    })
    expect(added).toEqual({ status: 200, body: expect.objectContaining({ result: 51 }) })

    const got = await call('crm.contact.get', { id: 51 })
    expect(got.body.result).toMatchObject({
      ID: '51',
      NAME: 'Anna',
      LAST_NAME: 'Smirnova',
      OPENED: 'Y',
      HAS_PHONE: 'Y',
      HAS_EMAIL: 'N',
      POST: null,
      PHONE: [{ ID: '10', VALUE_TYPE: 'WORK', VALUE: '+7 495 000-00-51', TYPE_ID: 'PHONE' }],
    })
    expect(got.body.result).not.toHaveProperty('EMAIL')

    const updated = await call('crm.contact.update', {
      id: '51',
      fields: {
        POST: 'Manager',
        DATE_CREATE: 'ignored',
        PHONE: [
          { ID: '10', VALUE: '' },
          { VALUE: '+7 900 000-00-00', VALUE_TYPE: 'MOBILE' },
        ],
      },
    })
    expect(updated.body.result).toBe(true)
    expect((await call('crm.contact.get', { ID: 51 })).body.result).toMatchObject({
      POST: 'Manager',
      // Read-only: the sent value is ignored and the date the portal filled on add stays.
      DATE_CREATE: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/),
      PHONE: [{ ID: '11', VALUE_TYPE: 'MOBILE', VALUE: '+7 900 000-00-00', TYPE_ID: 'PHONE' }],
    })

    // 120 more contacts: 60 of them "Manager", so the filtered list spans two pages of 50.
    for (let i = 0; i < 120; i++) await call('crm.contact.add', { fields: { NAME: `N${i}`, POST: i % 2 ? 'Manager' : 'Clerk' } })
    const query = { filter: { POST: 'Manager', '>=ID': 51 }, select: ['ID', 'POST'], order: { ID: 'DESC' } }
    const first = await call('crm.contact.list', query)
    expect(first.body).toMatchObject({ total: 61, next: 50 })
    expect((first.body.result as unknown[]).length).toBe(50)
    expect((first.body.result as { ID: string }[])[0]).toEqual({ ID: '171', POST: 'Manager' })
    const second = await call('crm.contact.list', { ...query, start: first.body.next })
    expect(second.body.total).toBe(61)
    expect(second.body).not.toHaveProperty('next')
    const last = second.body.result as { ID: string }[]
    expect(last.length).toBe(11)
    expect(last.at(-1)).toEqual({ ID: '51', POST: 'Manager' })

    expect((await call('crm.contact.delete', { id: 51 })).body.result).toBe(true)
    expect(await call('crm.contact.get', { id: 51 })).toEqual({ status: 400, body: { error: '', error_description: 'Not found' } })
    expect((await call('crm.contact.update', { id: 51, fields: { NAME: 'x' } })).body.error_description).toBe('Not found')
    // A deleted id is never handed out again.
    expect((await call('crm.contact.add', { fields: { NAME: 'Next' } })).body.result).toBe(172)
  })

  it('answers each spec example as written on the default store', async () => {
    expect((await call('crm.contact.get', { id: 50 })).body.result).toMatchObject({
      ID: '50',
      NAME: 'Ivan',
      HAS_PHONE: 'Y',
      COMPANY_ID: null,
    })
    const listed = await call('crm.contact.list', { select: ['ID', 'NAME', 'LAST_NAME', 'PHONE'], filter: { '%LAST_NAME': 'Petr' } })
    expect(listed.body).toMatchObject({ total: 1, result: [{ ID: '50', NAME: 'Ivan', LAST_NAME: 'Petrov', PHONE: [{ ID: '8' }] }] })
    expect(listed.body).not.toHaveProperty('next')
  })

  it('describes the fields in the portal language', async () => {
    const ru = (await call('crm.contact.fields', {})).body.result as Record<string, { type: string; title: string; isMultiple: boolean }>
    expect(ru.PHONE).toMatchObject({ type: 'crm_multifield', isMultiple: true, title: 'Телефон' })
    const en = createMockPortal({ lang: 'en' })
    const response = await en.handle(new Request(`${en.webhookUrl}crm.contact.fields`))
    expect(((await response.json()) as { result: Record<string, { title: string }> }).result.LAST_NAME?.title).toBe('Last Name')
  })

  it('reads fields sent as a form (PHP arrays)', async () => {
    const body = new URLSearchParams({
      'fields[NAME]': 'Form',
      'fields[EMAIL][0][VALUE]': 'f@example.com',
      'fields[EMAIL][0][VALUE_TYPE]': 'HOME',
    })
    const response = await fetch(`${hook}/crm.contact.add`, { method: 'POST', body })
    const id = ((await response.json()) as Answer).result
    expect((await call('crm.contact.get', { id })).body.result).toMatchObject({
      NAME: 'Form',
      HAS_EMAIL: 'Y',
      EMAIL: [{ VALUE: 'f@example.com' }],
    })
  })
})

describe('list queries', () => {
  const records = [
    { ID: '1', NAME: 'Anna', AGE: '30', PHONE: [{ VALUE: '+1' }] },
    { ID: '2', NAME: 'Boris', AGE: '25', PHONE: [] },
    { ID: '3', NAME: 'anya', AGE: null, PHONE: [{ VALUE: '+3' }] },
  ]
  it.each([
    ['>=AGE', '>=', 'AGE'],
    ['!%NAME', '!%', 'NAME'],
    ['NAME', '', 'NAME'],
  ])('splits the key %s', (key, operator, field) => {
    expect(parseFilterKey(key)).toEqual({ operator, field })
  })
  it.each([
    ['no condition', {}, ['1', '2', '3']],
    ['equal', { NAME: 'Boris' }, ['2']],
    ['numbers compared as numbers', { '>AGE': '9' }, ['1', '2']],
    ['<=', { '<=AGE': 25 }, ['2']],
    ['contains, any case', { '%NAME': 'AN' }, ['1', '3']],
    ['not equal', { '!NAME': 'Boris' }, ['1', '3']],
    ['in a list', { '@ID': [1, 3] }, ['1', '3']],
    ['a list without prefix', { ID: ['2'] }, ['2']],
    ['a multi-field by any value', { PHONE: '+3' }, ['3']],
    ['empty means null', { AGE: '' }, ['3']],
  ])('filters: %s', (_title, filter, want) => {
    expect(records.filter((r) => matchesFilter(r, filter)).map((r) => r.ID)).toEqual(want)
  })
  it('orders by the given fields, then by id', () => {
    expect(sortRecords(records, { NAME: 'DESC' }, 'ID').map((r) => r.ID)).toEqual(['3', '2', '1'])
    expect(sortRecords(records, {}, 'ID').map((r) => r.ID)).toEqual(['1', '2', '3'])
  })
  it('pages with total and next', () => {
    const ids = Array.from({ length: 120 }, (_, i) => i)
    expect(pageOf(ids, 0, 50)).toMatchObject({ total: 120, next: 50 })
    expect(pageOf(ids, 100, 50)).toEqual({ items: ids.slice(100), total: 120 })
  })
})
