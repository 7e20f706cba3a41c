/**
 * Relation methods (crm.deal.contact.*) on the engine: the pages' rules for the primary binding and
 * the sort index, bindings sent as JSON and as a PHP form body, and the bindings following the
 * records they join (a deleted contact leaves every deal, a deleted deal takes its bindings along).
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine, type MockEngine } from '../engine.js'
import { MockSeedError } from '../store.js'

const postJson = async (engine: MockEngine, method: string, body: unknown) => {
  const response = await engine.handle(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  return (await response.json()) as { result?: unknown; error?: string; error_description?: string }
}
const postForm = async (engine: MockEngine, method: string, body: string) => {
  const response = await engine.handle(
    new Request(`${engine.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    }),
  )
  return (await response.json()) as { result?: unknown; error?: string; error_description?: string }
}
const bindingsOf = async (engine: MockEngine, id = 1875) => (await postJson(engine, 'crm.deal.contact.items.get', { id })).result
const summary = (rows: unknown) =>
  (rows as { CONTACT_ID: number; SORT: number; IS_PRIMARY: string }[]).map((r) => `${r.CONTACT_ID}:${r.SORT}:${r.IS_PRIMARY}`)

describe('crm.deal.contact.* on the default store', () => {
  it('answers deal 1875 as the items.get page shows it, in SORT order', async () => {
    const engine = createMockEngine()
    expect(summary(await bindingsOf(engine))).toEqual(['55:100:Y', '54:200:N', '56:400:N'])
    expect(await bindingsOf(engine, 12)).toEqual([])
    expect(await postJson(engine, 'crm.deal.contact.items.get', { id: 99999 })).toMatchObject({
      error: '',
      error_description: 'Not found.',
    })
  })

  it('add: false for a bound contact; without IS_PRIMARY after the others and not primary; with Y it takes the mark', async () => {
    const engine = createMockEngine()
    expect((await postJson(engine, 'crm.deal.contact.add', { id: 1875, fields: { CONTACT_ID: 54 } })).result).toBe(false)
    expect((await postJson(engine, 'crm.deal.contact.add', { id: 1875, fields: { CONTACT_ID: 60 } })).result).toBe(true)
    expect(summary(await bindingsOf(engine))).toEqual(['55:100:Y', '54:200:N', '56:400:N', '60:410:N'])
    expect(
      (await postJson(engine, 'crm.deal.contact.add', { id: 1875, fields: { CONTACT_ID: 61, IS_PRIMARY: 'Y', SORT: 5 } })).result,
    ).toBe(true)
    expect(summary(await bindingsOf(engine))).toEqual(['61:5:Y', '55:100:N', '54:200:N', '56:400:N', '60:410:N'])
    // The deal's own fields follow: every bound contact in SORT order, and the primary one.
    expect(engine.store.get('deal', 1875)).toMatchObject({ CONTACT_ID: 61, CONTACT_IDS: [61, 55, 54, 56, 60] })
    const item = await postJson(engine, 'crm.item.get', { entityTypeId: 2, id: 1875 })
    expect(item.result).toMatchObject({ item: { contactId: 61, contactIds: [61, 55, 54, 56, 60] } })
    // The first binding of a deal with none is primary without asking.
    await postJson(engine, 'crm.deal.contact.add', { id: 12, fields: { CONTACT_ID: 7 } })
    expect(summary(await bindingsOf(engine, 12))).toEqual(['7:10:Y'])
  })

  it('delete: false for a contact not bound; the primary passes to the first binding left', async () => {
    const engine = createMockEngine()
    expect((await postJson(engine, 'crm.deal.contact.delete', { id: 1875, fields: { CONTACT_ID: 99 } })).result).toBe(false)
    expect((await postJson(engine, 'crm.deal.contact.delete', { id: 1875, fields: { CONTACT_ID: 55 } })).result).toBe(true)
    expect(summary(await bindingsOf(engine))).toEqual(['54:200:Y', '56:400:N'])
    expect(await postJson(engine, 'crm.deal.contact.delete', { id: 1875, fields: { CONTACT_ID: 0 } })).toMatchObject({
      error_description: "The parameter 'fields' is not valid.",
    })
    expect(await postJson(engine, 'crm.deal.contact.delete', { id: 1875, fields: 'abc' })).toMatchObject({
      error_description: "The parameter 'item' must be array.",
    })
  })

  it('items.set: default SORT (i + 1) * 10, the first Y (else the first binding) is primary, [] unbinds all', async () => {
    const engine = createMockEngine()
    await postJson(engine, 'crm.deal.contact.items.set', { id: 1875, items: [{ CONTACT_ID: 3 }, { CONTACT_ID: 4 }] })
    expect(summary(await bindingsOf(engine))).toEqual(['3:10:Y', '4:20:N'])
    await postJson(engine, 'crm.deal.contact.items.set', {
      id: 1875,
      items: [{ CONTACT_ID: 3 }, { CONTACT_ID: 4, IS_PRIMARY: 'Y' }, { CONTACT_ID: 5, IS_PRIMARY: 'Y' }],
    })
    expect(summary(await bindingsOf(engine))).toEqual(['3:10:N', '4:20:Y', '5:30:N'])
    expect(await postJson(engine, 'crm.deal.contact.items.set', { id: 1875, items: [{ CONTACT_ID: 3 }, { SORT: 1 }] })).toMatchObject({
      error_description: "The parameter 'fields' is not valid.",
    })
    // A refused set changes nothing.
    expect(summary(await bindingsOf(engine))).toEqual(['3:10:N', '4:20:Y', '5:30:N'])
    expect((await postJson(engine, 'crm.deal.contact.items.set', { id: 1875, items: [] })).result).toBe(true)
    expect(await bindingsOf(engine)).toEqual([])
  })

  it('reads bindings sent as a PHP form body (items[0][CONTACT_ID]=...)', async () => {
    const engine = createMockEngine()
    const body = 'id=1875&items[0][CONTACT_ID]=8&items[0][SORT]=30&items[1][CONTACT_ID]=9&items[1][IS_PRIMARY]=Y'
    expect((await postForm(engine, 'crm.deal.contact.items.set', body)).result).toBe(true)
    expect(summary(await bindingsOf(engine))).toEqual(['9:20:Y', '8:30:N'])
    expect((await postForm(engine, 'crm.deal.contact.add', 'id=1875&fields[CONTACT_ID]=10')).result).toBe(true)
    expect((await postForm(engine, 'crm.deal.contact.items.set', 'id=1875&items=abc')).error_description).toBe(
      'The parameter items must be array.',
    )
  })

  it('items.delete unbinds every contact; the contacts stay', async () => {
    const engine = createMockEngine()
    expect((await postJson(engine, 'crm.deal.contact.items.delete', { id: 1875 })).result).toBe(true)
    expect(await bindingsOf(engine)).toEqual([])
    expect(engine.store.get('contact', 50)).toBeDefined()
  })

  it('a deleted contact leaves every deal; a deleted deal takes its bindings; reset brings the seed back', async () => {
    const engine = createMockEngine()
    engine.store.put('contact', { ID: 55, NAME: 'Bound' })
    expect((await postJson(engine, 'crm.contact.delete', { id: 55 })).result).toBe(true)
    expect(summary(await bindingsOf(engine))).toEqual(['54:200:Y', '56:400:N'])
    // Deal 410 keeps its own contact (84) throughout: only the deleted records' bindings go.
    const deal410 = { OWNER_ID: 410, CONTACT_ID: 84, SORT: 10, ROLE_ID: 0, IS_PRIMARY: 'Y' }
    expect(engine.store.snapshot()['deal.contact']).toEqual([
      deal410,
      { OWNER_ID: 1875, CONTACT_ID: 54, SORT: 200, ROLE_ID: 0, IS_PRIMARY: 'Y' },
      { OWNER_ID: 1875, CONTACT_ID: 56, SORT: 400, ROLE_ID: 0, IS_PRIMARY: 'N' },
    ])
    expect((await postJson(engine, 'crm.deal.delete', { id: 1875 })).result).toBe(true)
    expect(engine.store.snapshot()['deal.contact']).toEqual([deal410])
    engine.reset()
    expect(summary(await bindingsOf(engine))).toEqual(['55:100:Y', '54:200:N', '56:400:N'])
  })

  it('refuses a seed of bindings the owner does not declare, or without an owner id', () => {
    expect(() => createMockEngine({ seed: { 'company.contact': [{ OWNER_ID: 1, CONTACT_ID: 2 }] } })).toThrow(
      new MockSeedError('Unknown bindings "company.contact": company declares no bindings to contact'),
    )
    expect(() => createMockEngine({ seed: { deal: [{ ID: 1 }], 'deal.contact': [{ CONTACT_ID: 2 }] } })).toThrow(
      'A deal.contact binding needs a positive integer OWNER_ID, got undefined',
    )
  })
})
