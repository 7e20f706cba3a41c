/** The client against the mock in-process: MSW intercepts the client's fetch. */
import { createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe } from 'vitest'
import { defineContactSuite } from './contact-suite.js'
import type { StartRig } from './rig.js'
import { defineClientSuite } from './suite.js'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('in-process (msw)', () => {
  const start: StartRig = async (options) => {
    const portal = createMockPortal(options)
    server.resetHandlers(...portal.handlers)
    return {
      webhookUrl: portal.webhookUrl,
      portalUrl: 'https://mock.bitrix24.test',
      engine: portal,
      allowInsecureLoopback: false,
      close: async () => server.resetHandlers(),
    }
  }
  defineClientSuite(start)
  defineContactSuite(start)
})
