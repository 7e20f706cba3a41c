/**
 * crm.lead.contact.*, crm.quote.contact.* and crm.contact.company.* on the engine: the same relation
 * rules as a deal's contacts, on the owners the pages read (lead 1; quote 113 and contact 54 of the
 * pages, 13 and 44 in the default store), the owner's mirrored fields following its bindings, and a
 * deleted target leaving them.
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine, type MockEngine } from '../engine.js'

const call = async (engine: MockEngine, method: string, body: unknown) => {
  const response = await engine.handle(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  return (await response.json()) as { result?: unknown; error?: string; error_description?: string }
}
const summary = (rows: unknown) =>
  (rows as { CONTACT_ID: number; SORT: number; IS_PRIMARY: string }[]).map((r) => `${r.CONTACT_ID}:${r.SORT}:${r.IS_PRIMARY}`)

describe.each([
  { owner: 'lead', id: 1, bound: [1010, 1011], other: 1020 },
  { owner: 'quote', id: 13, bound: [2649, 2647], other: 2650 },
])('crm.$owner.contact.*', ({ owner, id, bound, other }) => {
  const family = `crm.${owner}.contact`
  const items = async (engine: MockEngine) => summary((await call(engine, `${family}.items.get`, { id })).result)
  const record = async (engine: MockEngine) =>
    (await call(engine, `crm.${owner}.get`, { id })).result as { CONTACT_ID: unknown; CONTACT_IDS: unknown }

  it('serves the default store as the items.get page shows it; add moves the primary mark and the mirrored fields follow', async () => {
    const engine = createMockEngine()
    expect(await items(engine)).toEqual([`${bound[0]}:10:Y`, `${bound[1]}:20:N`])
    expect((await call(engine, `${family}.add`, { id, fields: { CONTACT_ID: other, IS_PRIMARY: 'Y' } })).result).toBe(true)
    expect((await call(engine, `${family}.add`, { id, fields: { CONTACT_ID: other } })).result).toBe(false)
    // Without SORT, add puts the binding after the others.
    expect(await items(engine)).toEqual([`${bound[0]}:10:N`, `${bound[1]}:20:N`, `${other}:30:Y`])
    expect(await record(engine)).toMatchObject({ CONTACT_ID: String(other), CONTACT_IDS: [...bound, other].map(String) })
  })

  it('delete hands the primary mark on; items.set numbers unsorted bindings; items.delete clears; an unknown owner is not found', async () => {
    const engine = createMockEngine()
    expect((await call(engine, `${family}.delete`, { id, fields: { CONTACT_ID: bound[0] } })).result).toBe(true)
    expect((await call(engine, `${family}.delete`, { id, fields: { CONTACT_ID: bound[0] } })).result).toBe(false)
    expect(await items(engine)).toEqual([`${bound[1]}:20:Y`])
    expect((await call(engine, `${family}.items.set`, { id, items: [{ CONTACT_ID: 7 }, { CONTACT_ID: 8, IS_PRIMARY: 'Y' }] })).result).toBe(
      true,
    )
    expect(await items(engine)).toEqual(['7:10:N', '8:20:Y'])
    expect(await call(engine, `${family}.items.set`, { id, items: [{ SORT: 5 }] })).toEqual({
      error: '',
      error_description: "The parameter 'fields' is not valid.",
    })
    expect((await call(engine, `${family}.items.delete`, { id })).result).toBe(true)
    expect(await items(engine)).toEqual([])
    expect(await call(engine, `${family}.items.get`, { id: 99999 })).toEqual({ error: '', error_description: 'Not found.' })
  })
})

describe('a deleted contact leaves the leads it was bound to', () => {
  it('crm.contact.delete of a bound contact unbinds it and passes the primary mark on', async () => {
    const engine = createMockEngine()
    const contact = (await call(engine, 'crm.contact.add', { fields: { NAME: 'Vera' } })).result as number
    await call(engine, 'crm.lead.contact.add', { id: 1, fields: { CONTACT_ID: contact, IS_PRIMARY: 'Y', SORT: 5 } })
    expect((await call(engine, 'crm.contact.delete', { id: contact })).result).toBe(true)
    expect(summary((await call(engine, 'crm.lead.contact.items.get', { id: 1 })).result)).toEqual(['1010:10:Y', '1011:20:N'])
  })
})

describe('crm.contact.company.*', () => {
  const companies = async (engine: MockEngine, id = 44) =>
    (
      (await call(engine, 'crm.contact.company.items.get', { id })).result as { COMPANY_ID: number; SORT: number; IS_PRIMARY: string }[]
    ).map((r) => `${r.COMPANY_ID}:${r.SORT}:${r.IS_PRIMARY}`)

  it("binds companies to a contact by COMPANY_ID; the contact's COMPANY_ID and COMPANY_IDS follow", async () => {
    const engine = createMockEngine()
    expect(await companies(engine)).toEqual(['7:100:Y', '8:110:N', '9:120:N'])
    expect((await call(engine, 'crm.contact.company.add', { id: 44, fields: { COMPANY_ID: 12, IS_PRIMARY: 'Y', SORT: 50 } })).result).toBe(
      true,
    )
    expect(await companies(engine)).toEqual(['12:50:Y', '7:100:N', '8:110:N', '9:120:N'])
    expect((await call(engine, 'crm.contact.get', { id: 44 })).result).toMatchObject({
      COMPANY_ID: '12',
      COMPANY_IDS: ['12', '7', '8', '9'],
    })
    // A binding named by CONTACT_ID is not a company binding.
    expect(await call(engine, 'crm.contact.company.add', { id: 44, fields: { CONTACT_ID: 12 } })).toEqual({
      error: '',
      error_description: "The parameter 'fields' is not valid.",
    })
  })

  it('a deleted company leaves the contacts it was bound to; a contact without companies answers []', async () => {
    const engine = createMockEngine()
    await call(engine, 'crm.contact.company.items.set', { id: 44, items: [{ COMPANY_ID: 12 }, { COMPANY_ID: 43 }] })
    expect((await call(engine, 'crm.company.delete', { id: 12 })).result).toBe(true)
    expect(await companies(engine)).toEqual(['43:20:Y'])
    expect(await companies(engine, 50)).toEqual([])
  })
})
