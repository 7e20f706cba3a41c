/** The client against the mock's own HTTP server on loopback: real sockets, real fetch. */
import { startMockServer } from '@b24kit/mock'
import { describe } from 'vitest'
import { defineContactSuite } from './contact-suite.js'
import type { StartRig } from './rig.js'
import { defineClientSuite } from './suite.js'

describe('over HTTP (startMockServer)', () => {
  const start: StartRig = async (options) => {
    const server = await startMockServer(options)
    return {
      webhookUrl: server.webhookUrl,
      portalUrl: server.url,
      engine: server.engine,
      allowInsecureLoopback: true,
      close: () => server.close(),
    }
  }
  defineClientSuite(start)
  defineContactSuite(start)
})
