/**
 * crm.item.payment.* on the engine: payments are records of their owner (a deal by entityTypeId and
 * entityId). add answers the new id and writes the owner, list keeps to the owner and answers a
 * plain list without `total`, update and pay answer `true` and change what get reads, delete
 * removes, and a missing payment answers the server's one row for "not found or denied". Deliveries
 * (crm.item.delivery.*) are kept by their owner the same way.
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
  return (await response.json()) as { result?: unknown; total?: number; error?: unknown; error_description?: string }
}

const idsOf = (answer: { result?: unknown }) => (answer.result as { id: number }[]).map((p) => p.id)

describe('crm.item.payment.*', () => {
  it('adds an unpaid payment to its owner and lists only that owner’s payments, unpaged', async () => {
    const engine = createMockEngine()
    const added = await postJson(engine, 'crm.item.payment.add', { entityId: 77, entityTypeId: 2 })
    expect(added.result).toBe(1039)
    const own = await postJson(engine, 'crm.item.payment.list', { entityId: 77, entityTypeId: 2 })
    expect(own).not.toHaveProperty('total')
    expect(own.result).toEqual([expect.objectContaining({ id: 1039, paid: 'N', sum: 0, datePaid: null })])
    // The owner fields are kept for the list, never answered.
    expect(Object.keys((own.result as object[])[0] ?? {})).not.toContain('entityId')
    expect(idsOf(await postJson(engine, 'crm.item.payment.list', { entityId: 13123, entityTypeId: 2 }))).toEqual([1035, 1036, 1037, 1038])
    expect(idsOf(await postJson(engine, 'crm.item.payment.list', { entityId: 13123, entityTypeId: 1 }))).toEqual([])
    const sorted = await postJson(engine, 'crm.item.payment.list', {
      entityId: 13123,
      entityTypeId: 2,
      filter: { paid: 'N' },
      order: { id: 'DESC' },
    })
    expect(idsOf(sorted)).toEqual([1038, 1037, 1035])
  })

  it('pays, unpays and updates with `true` as the answer, and get reads the change', async () => {
    const engine = createMockEngine()
    expect((await postJson(engine, 'crm.item.payment.pay', { id: 1038 })).result).toBe(true)
    expect(await postJson(engine, 'crm.item.payment.get', { id: 1038 })).toMatchObject({ result: { id: 1038, paid: 'Y' } })
    expect((await postJson(engine, 'crm.item.payment.unpay', { id: 1038 })).result).toBe(true)
    expect((await postJson(engine, 'crm.item.payment.update', { id: 1038, fields: { paySystemId: 110 } })).result).toBe(true)
    expect(await postJson(engine, 'crm.item.payment.get', { id: 1038 })).toMatchObject({ result: { paid: 'N', paySystemId: 110 } })
  })

  it('deletes a payment, then answers the not-found-or-denied row for it', async () => {
    const engine = createMockEngine()
    expect((await postJson(engine, 'crm.item.payment.delete', { id: 1035 })).result).toBe(true)
    for (const method of ['crm.item.payment.get', 'crm.item.payment.pay', 'crm.item.payment.delete'])
      expect(await postJson(engine, method, { id: 1035 })).toMatchObject({ error: '0', error_description: 'Недостаточно прав' })
  })
})

describe('crm.item.delivery.*', () => {
  it("lists a deal's deliveries by its owner pair and reads one by id", async () => {
    const engine = createMockEngine()
    expect(idsOf(await postJson(engine, 'crm.item.delivery.list', { entityId: 13127, entityTypeId: 2 }))).toEqual([4077, 4078])
    expect(idsOf(await postJson(engine, 'crm.item.delivery.list', { entityId: 13123, entityTypeId: 2 }))).toEqual([])
    expect(await postJson(engine, 'crm.item.delivery.get', { id: 4078 })).toMatchObject({
      result: { id: 4078, accountNumber: '3657/3', priceDelivery: 79.99, deducted: 'N', dateDeducted: null },
    })
    expect(await postJson(engine, 'crm.item.delivery.get', { id: 4079 })).toMatchObject({
      error: '0',
      error_description: 'Недостаточно прав',
    })
  })
})
