// A project's table in the mock: custom fields with the portal's own ids, a smart process crm.item.*
// serves at once, a project method, and clashes with what the mock holds refused by name.
import { describe, expect, it } from 'vitest'
import { createMockPortal } from '../portal.js'
import { MockSeedError } from '../store.js'
import type { MockProjectTable } from './table.js'

const table: MockProjectTable = {
  customFields: [
    {
      kind: 'customFields',
      entity: 'contact',
      fields: [
        { id: 700, name: 'UF_CRM_RATING', type: 'double' },
        {
          id: 701,
          name: 'UF_CRM_TIER',
          type: 'enumeration',
          items: [
            { id: 45, value: 'Gold' },
            { id: 46, value: 'Silver' },
          ],
        },
        { name: 'UF_CRM_HELLO_WORLD', type: 'string' },
      ],
    },
  ],
  smartProcesses: [{ kind: 'smartProcess', entityTypeId: 1300, title: 'Parcels', typeName: 'Parcels', fields: [] }],
}

async function call(portal: ReturnType<typeof createMockPortal>, method: string, params: object) {
  const response = await portal.handle(
    new Request(`${portal.webhookUrl}${method}.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
    }),
  )
  return (await response.json()) as { result?: Record<string, unknown>; error?: string }
}

describe('createMockPortal({ table })', () => {
  it('holds the custom fields with their item ids, and refuses an id outside the list', async () => {
    const portal = createMockPortal({ table })
    const fields = (await call(portal, 'crm.contact.fields', {})).result ?? {}
    expect(fields.UF_CRM_RATING).toMatchObject({ type: 'double' })
    expect(fields.UF_CRM_TIER).toMatchObject({
      items: [
        { ID: '45', VALUE: 'Gold' },
        { ID: '46', VALUE: 'Silver' },
      ],
    })
    const id = (await call(portal, 'crm.contact.add', { fields: { NAME: 'Ann', UF_CRM_RATING: '4.5', UF_CRM_TIER: 46 } })).result
    expect((await call(portal, 'crm.contact.get', { id })).result).toMatchObject({ UF_CRM_RATING: 4.5, UF_CRM_TIER: '46' })
    expect((await call(portal, 'crm.contact.add', { fields: { UF_CRM_TIER: 47 } })).error).toBe('CRM_FIELD_ERROR_VALUE_NOT_VALID')
    portal.reset()
    expect((await call(portal, 'crm.contact.fields', {})).result?.UF_CRM_RATING).toMatchObject({ type: 'double' })
  })

  it('serves the smart process through crm.item.* at once', async () => {
    const portal = createMockPortal({ table })
    const added = await call(portal, 'crm.item.add', { entityTypeId: 1300, fields: { title: 'Parcel 1' } })
    expect(added.result).toMatchObject({ item: { title: 'Parcel 1' } })
  })

  it('refuses a field the mock holds with another type, and a method it ships', () => {
    const clash: MockProjectTable = {
      customFields: [{ kind: 'customFields', entity: 'contact', fields: [{ name: 'UF_CRM_HELLO_WORLD', type: 'double' }] }],
    }
    expect(() => createMockPortal({ table: clash })).toThrow(
      new MockSeedError('Custom field UF_CRM_HELLO_WORLD of contact: the mock holds it as string, not double'),
    )
    const method = { 'crm.contact.get': { method: 'crm.contact.get' } } as unknown as MockProjectTable['methods']
    expect(() => createMockPortal({ table: { methods: method } })).toThrow(
      'Method crm.contact.get: the mock already serves it (shipped with b24kit)',
    )
  })
})
