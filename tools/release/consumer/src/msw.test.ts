// A consumer's test with the mock's MSW handlers: no server, no port, the client's fetch is intercepted.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { B24ApiError, createClient } from '@b24kit/client'
import { createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'

const portal = createMockPortal()
const server = setupServer(...portal.handlers)
before(() => server.listen({ onUnhandledRequest: 'error' }))
after(() => server.close())

test('deletes contact 50 through the MSW handlers, then gets notFound', async () => {
  const b24 = createClient({ webhookUrl: portal.webhookUrlAt('https://example.bitrix24.ru') })
  assert.equal(await b24.crm.contact.delete({ id: 50 }), true)
  await assert.rejects(b24.crm.contact.delete({ id: 50 }), (error: unknown) => error instanceof B24ApiError && error.kind === 'notFound')
})
