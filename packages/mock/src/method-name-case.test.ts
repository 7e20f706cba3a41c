/** Method names with capitals (crm.activity.todo.updateColor) are found whatever their case in the path. */
import { describe, expect, it } from 'vitest'
import { createMockPortal } from './index.js'

describe('a method name with capitals', () => {
  const portal = createMockPortal()
  const params = JSON.stringify({ id: 999, ownerTypeId: 2, ownerId: 1, colorId: '3' })
  const post = (name: string) =>
    portal.handle(
      new Request(`${portal.webhookUrl}${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: params }),
    )

  it('is served as the spec spells it and in lower case', async () => {
    for (const name of ['crm.activity.todo.updateColor', 'crm.activity.todo.updatecolor', 'CRM.ACTIVITY.TODO.UPDATECOLOR.json']) {
      const response = await post(name)
      expect(response.status, name).toBe(200)
      expect(((await response.json()) as { result: unknown }).result, name).toEqual({ id: 999 })
    }
  })

  it('is served inside a batch', async () => {
    const body = JSON.stringify({ halt: 0, cmd: { a: 'crm.activity.todo.updateColor?id=999&ownerTypeId=2&ownerId=1&colorId=3' } })
    const response = await portal.handle(
      new Request(`${portal.webhookUrl}batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
    )
    const answer = (await response.json()) as { result: { result: Record<string, unknown>; result_error: unknown } }
    expect(answer.result.result.a).toEqual({ id: 999 })
  })
})
