/** `portal.webhookUrl` and `server.webhookUrl` are the same kind of member: a string property. */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createMockPortal, type MockPortal } from './index.js'
import { type MockServer, startMockServer } from './server.js'

describe('webhookUrl', () => {
  it('is a string property on the portal and on the server alike', async () => {
    expectTypeOf<MockPortal['webhookUrl']>().toEqualTypeOf<MockServer['webhookUrl']>()
    const portal = createMockPortal({ webhooks: [{ userId: 3, code: 'abc' }] })
    expect(portal.webhookUrl).toBe('https://mock.bitrix24.test/rest/3/abc/')
    expect(portal.webhookUrlAt('https://example.bitrix24.ru/')).toBe('https://example.bitrix24.ru/rest/3/abc/')
    const server = await startMockServer({ webhooks: [{ userId: 3, code: 'abc' }] })
    try {
      expect(typeof server.webhookUrl).toBe(typeof portal.webhookUrl)
      expect(server.webhookUrl).toBe(`${server.url}/rest/3/abc/`)
    } finally {
      await server.close()
    }
  })
})
