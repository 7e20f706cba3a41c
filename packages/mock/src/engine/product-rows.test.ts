/**
 * crm.item.productrow.* on the engine: a camelCase method name is found whatever the case of the
 * path or the batch command, as the server finds it; the example-backed get and delete answer their
 * documented row and NOT_FOUND for any other id.
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine, type MockEngine } from '../engine.js'

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

const idsOf = (result: unknown) => (result as { productRows: { id: number }[] }).productRows.map((r) => r.id)

describe('crm.item.productrow.*', () => {
  it('finds the camelCase crm.item.productrow.getAvailableForPayment in any case, alone and in a batch', async () => {
    const engine = createMockEngine()
    const params = { ownerType: 'D', ownerId: 13144 }
    for (const name of ['crm.item.productrow.getAvailableForPayment', 'CRM.ITEM.PRODUCTROW.GETAVAILABLEFORPAYMENT'])
      expect(idsOf((await postJson(engine, name, params)).result)).toEqual([17657, 17658])
    const batch = await postJson(engine, 'batch', {
      cmd: { unpaid: 'crm.item.productrow.getAvailableForPayment?ownerType=D&ownerId=13144' },
    })
    expect(idsOf((batch.result as { result: Record<string, unknown> }).result.unpaid)).toEqual([17657, 17658])
  })

  it('answers the documented rows by id and NOT_FOUND for any other', async () => {
    const engine = createMockEngine()
    expect(await postJson(engine, 'crm.item.productrow.get', { id: 17622 })).toMatchObject({
      result: { productRow: { id: 17622, storeId: 19 } },
    })
    expect(await postJson(engine, 'crm.item.productrow.get', { id: 17623 })).toMatchObject({
      error: 'NOT_FOUND',
      error_description: 'Элемент не найден',
    })
    expect(await postJson(engine, 'crm.item.productrow.delete', { id: 17655 })).toHaveProperty('result', null)
    expect(await postJson(engine, 'crm.item.productrow.delete', { id: 1 })).toMatchObject({ error: 'NOT_FOUND' })
  })
})
