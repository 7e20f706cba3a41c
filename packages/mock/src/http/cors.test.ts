/**
 * CORS on every path a browser can reach the mock by: the MSW handlers in-process, and the server
 * over HTTP on its node fast path and its fetch path. The preflight is answered before auth (it
 * carries no token) and every answer, error or not, allows any origin.
 */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultAccessToken } from '../engine.js'
import { createMockPortal } from '../portal.js'
import { startMockServer } from '../server.js'

const preflight = {
  method: 'OPTIONS',
  headers: {
    Origin: 'http://127.0.0.1:1',
    'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'content-type',
  },
} as const

/** The same three checks, whatever answers at `base`. */
function describeCors(title: string, open: () => Promise<{ base: string; journal: () => unknown[]; close: () => Promise<void> }>) {
  describe(title, () => {
    let rig: Awaited<ReturnType<typeof open>>
    beforeAll(async () => {
      rig = await open()
    })
    afterAll(() => rig.close())

    it('answers the preflight with 200 before auth, and journals nothing', async () => {
      const response = await fetch(`${rig.base}/rest/crm.contact.delete`, preflight)
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS')
      expect(response.headers.get('access-control-allow-headers')).toBe('content-type')
      expect(await response.text()).toBe('')
      expect(rig.journal()).toEqual([])
    })

    it('allows any origin on a success and on an error', async () => {
      const body = JSON.stringify({ id: 50, auth: defaultAccessToken })
      const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }
      const ok = await fetch(`${rig.base}/rest/crm.contact.delete`, init)
      expect(ok.status).toBe(200)
      expect(ok.headers.get('access-control-allow-origin')).toBe('*')
      const missing = await fetch(`${rig.base}/rest/crm.contact.delete`, init)
      expect(missing.status).toBe(400)
      expect(missing.headers.get('access-control-allow-origin')).toBe('*')
      expect((await missing.json()).error).toBe('ERROR_CORE')
    })

    it('still refuses an OPTIONS that is not a preflight without credentials', async () => {
      const response = await fetch(`${rig.base}/rest/crm.contact.delete`, { method: 'OPTIONS' })
      expect(response.status).toBe(401)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect((await response.json()).error).toBe('NO_AUTH_FOUND')
    })
  })
}

describeCors('MSW handlers', async () => {
  const portal = createMockPortal()
  const server = setupServer(...portal.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  return { base: 'https://portal.bitrix24.test', journal: () => portal.journal, close: async () => server.close() }
})

for (const via of ['node', 'fetch'] as const) {
  describeCors(`startMockServer, via ${via}`, async () => {
    const server = await startMockServer({ via })
    return { base: server.url, journal: () => server.engine.journal, close: () => server.close() }
  })
}
