/**
 * The requisite families on the default store: a requisite's bank details go with it
 * (crm.requisite.delete's page), and only its own; a bank detail added to it is found by the list.
 */
import { describe, expect, it } from 'vitest'
import { createMockPortal } from './index.js'

const post = async (portal: ReturnType<typeof createMockPortal>, method: string, body: unknown) => {
  const response = await portal.handle(
    new Request(`${portal.webhookUrl}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  )
  return { status: response.status, body: await response.json() }
}

describe('crm.requisite.* and crm.requisite.bankdetail.* on the default store', () => {
  it('deletes requisite 27 with its bank details 11 and 357, and keeps the others', async () => {
    const portal = createMockPortal()
    expect((await post(portal, 'crm.requisite.delete', { id: 27 })).body.result).toBe(true)
    const gone = await post(portal, 'crm.requisite.bankdetail.get', { id: 357 })
    expect(gone.status).toBe(400)
    expect(gone.body.error_description).toBe("The RequisiteBankDetail with ID '357' is not found")
    const left = await post(portal, 'crm.requisite.bankdetail.list', { order: { ID: 'ASC' }, select: ['ID', 'ENTITY_ID'] })
    expect(left.body.result).toEqual([
      { ID: '15', ENTITY_ID: '30' },
      { ID: '16', ENTITY_ID: '30' },
      { ID: '17', ENTITY_ID: '45' },
      { ID: '18', ENTITY_ID: '45' },
    ])
  })

  it('lists a bank detail added to requisite 40 under it', async () => {
    const portal = createMockPortal()
    const added = await post(portal, 'crm.requisite.bankdetail.add', { fields: { ENTITY_ID: 40, NAME: 'Payroll account' } })
    const listed = await post(portal, 'crm.requisite.bankdetail.list', { filter: { ENTITY_ID: 40 }, select: ['ID', 'NAME'] })
    expect(listed.body.result).toEqual([{ ID: String(added.body.result), NAME: 'Payroll account' }])
  })
})
