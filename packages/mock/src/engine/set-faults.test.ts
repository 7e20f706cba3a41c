/** `setFaults`: one portal takes other faults, or none, and draws them as a portal made with them would. */
import { describe, expect, it } from 'vitest'
import { createMockEngine, type MockEngine, type MockFaults } from '../index.js'

const statuses = async (engine: MockEngine, n = 40) => {
  const out: (number | 'drop')[] = []
  for (let i = 0; i < n; i++)
    out.push((await engine.dispatch(new Request(`${engine.webhookUrl}crm.contact.delete?id=1`)))?.status ?? 'drop')
  return out
}

const faults: MockFaults = { errors: [{ method: 'crm.contact.delete', code: 'INTERNAL_SERVER_ERROR', rate: 0.3 }], drop: { rate: 0.2 } }
const seed = { contact: [] }

describe('setFaults', () => {
  it('draws the same faults as a portal made with them, from the same seed', async () => {
    const made = createMockEngine({ seed, faults, randomSeed: 5 })
    const set = createMockEngine({ seed, randomSeed: 5 })
    expect(await statuses(set, 5)).toEqual([400, 400, 400, 400, 400])
    set.setFaults(faults)
    const drawn = await statuses(set)
    expect(drawn).toEqual(await statuses(made))
    expect(drawn).toContain(500)
    expect(drawn).toContain('drop')
  })

  it('keeps the faults across reset, which replays their draws', async () => {
    const engine = createMockEngine({ seed })
    engine.setFaults(faults)
    const first = await statuses(engine)
    engine.reset()
    expect(await statuses(engine)).toEqual(first)
  })

  it('takes the faults away with undefined', async () => {
    const engine = createMockEngine({ seed, faults: { errors: [{ code: 'INTERNAL_SERVER_ERROR', rate: 1 }] } })
    expect(await statuses(engine, 2)).toEqual([500, 500])
    engine.setFaults(undefined)
    expect(await statuses(engine, 3)).toEqual([400, 400, 400])
  })
})
