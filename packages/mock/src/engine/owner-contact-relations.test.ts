/**
 * crm.lead.contact.* and crm.quote.contact.* on the engine: the same relation rules as a deal's
 * contacts, on the owners the pages read (lead 1; quote 113 of the pages, 13 in the default store),
 * the owner's CONTACT_ID/CONTACT_IDS following its bindings, and a deleted contact leaving them.
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
