/**
 * crm.deal.add and crm.deal.update bind the contacts their `CONTACT_IDS` (or `CONTACT_ID`) name, so
 * the deal's fields and crm.deal.contact.items.get agree whichever way the contacts were set.
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
  return ((await response.json()) as { result?: unknown }).result
}
const contactsOf = async (engine: MockEngine, id: number) => {
  const deal = (await call(engine, 'crm.deal.get', { id })) as Record<string, unknown>
  const items = (await call(engine, 'crm.deal.contact.items.get', { id })) as Record<string, unknown>[]
  return {
    fields: [deal.CONTACT_ID, deal.CONTACT_IDS],
    bindings: items.map((row) => `${row.CONTACT_ID}:${row.SORT}:${row.IS_PRIMARY}`),
  }
}

describe('deal fields that name contacts', () => {
  it('add binds the CONTACT_IDS in order, the first primary', async () => {
    const engine = createMockEngine()
    const id = (await call(engine, 'crm.deal.add', { fields: { TITLE: 'Two contacts', CONTACT_IDS: [84, '83', 84, 0] } })) as number
    expect(await contactsOf(engine, id)).toEqual({ fields: ['84', ['84', '83']], bindings: ['84:10:Y', '83:20:N'] })
  })

  it('update replaces the bindings when CONTACT_IDS or CONTACT_ID is sent, and keeps them otherwise', async () => {
    const engine = createMockEngine()
    expect(await call(engine, 'crm.deal.update', { id: 1875, fields: { TITLE: 'Renamed' } })).toBe(true)
    expect((await contactsOf(engine, 1875)).bindings).toEqual(['55:100:Y', '54:200:N', '56:400:N'])
    expect(await call(engine, 'crm.deal.update', { id: 1875, fields: { CONTACT_IDS: [56, 60] } })).toBe(true)
    expect(await contactsOf(engine, 1875)).toEqual({ fields: ['56', ['56', '60']], bindings: ['56:10:Y', '60:20:N'] })
    expect(await call(engine, 'crm.deal.update', { id: 1875, fields: { CONTACT_ID: 61 } })).toBe(true)
    expect(await contactsOf(engine, 1875)).toEqual({ fields: ['61', ['61']], bindings: ['61:10:Y'] })
    expect(await call(engine, 'crm.deal.update', { id: 1875, fields: { CONTACT_IDS: [] } })).toBe(true)
    expect(await contactsOf(engine, 1875)).toEqual({ fields: [null, []], bindings: [] })
  })
})
