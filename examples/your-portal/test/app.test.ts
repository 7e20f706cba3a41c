// The app against the mock in-process: the shipped mock plus this project's mock table (its custom
// fields and smart process), reached through MSW. No server, no port.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { B24ApiError } from '@b24kit/client'
import { createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { registerCustomer } from '../src/app.js'
import { createClient } from '../src/b24/index.js'
import { mockTable } from '../src/b24/mock-table.js'

const portal = createMockPortal({ table: mockTable })
const server = setupServer(...portal.handlers)
before(() => server.listen({ onUnhandledRequest: 'error' }))
after(() => server.close())

test('writes a contact with custom fields and a parcel, and reads both back', async () => {
  const b24 = createClient({ webhookUrl: portal.webhookUrlAt('https://example.bitrix24.ru') })
  const got = await registerCustomer(b24, 'Ann')
  assert.deepEqual(
    { ...got, contactId: undefined },
    {
      contactId: undefined,
      rating: 4.5,
      tier: 'Gold',
      tags: ['vip', 'newsletter'],
      parcelTitle: 'Parcel for Ann',
    },
  )
})

test('the mock refuses a value outside the enumeration, as the portal does', async () => {
  const b24 = createClient({ webhookUrl: portal.webhookUrlAt('https://example.bitrix24.ru') })
  await assert.rejects(
    b24.callUntyped('crm.contact.add', { fields: { UF_CRM_TIER: 99999 } }),
    (error: unknown) => error instanceof B24ApiError && error.code === 'CRM_FIELD_ERROR_VALUE_NOT_VALID',
  )
})
