/**
 * The in-process portals: one per distinct configuration of the cases (webhooks, tokens, plan...),
 * made once, reset and given the case's faults before each entry point, and the mock's in-process fetch
 * (`createMockFetch`) that hands the client's requests to that portal's engine: the dispatcher the
 * MSW handlers and the node:http server use, without msw's interception (msw is covered by the
 * mock's own tests and the HTTP path's server by over-http.test.ts).
 */
import { createMockEngine, createMockFetch, type MockEngine, type MockPortalOptions, type MockReply } from '@b24kit/mock'
import type { ConformanceCase } from './case.js'
import { describeSetup } from './setup.js'
import type { WireSend } from './wire.js'

interface PooledPortal {
  engine: MockEngine
  send: WireSend
}

/**
 * The portal's fetch, with the text of each answer it gives kept for the wire recorder: the body
 * the Response was made of (the engine's reply), so the recorder hands the client that Response
 * as it came instead of reading it back and copying it.
 */
function createPooledPortal(options: MockPortalOptions): PooledPortal {
  const engine = createMockEngine(options)
  let answered: string | undefined
  const keep = (reply: MockReply | null) => {
    answered = reply?.body
    return reply
  }
  const dispatchCall: MockEngine['dispatchCall'] = (call) => {
    const reply = engine.dispatchCall(call)
    return reply instanceof Promise ? reply.then(keep) : keep(reply)
  }
  const takeAnswerText = () => {
    const text = answered
    answered = undefined
    return text
  }
  return { engine, send: { fetch: createMockFetch({ ...engine, dispatchCall }), takeAnswerText } }
}

/**
 * A pool of portals; `prepare(c)` resets the portal of the case's configuration (store, journal,
 * limits), sets the case's faults (or none) on it, and gives the fetch that reaches it. Faults are
 * not part of the configuration: cases that differ only in them share a portal. A case's portal is
 * looked up once.
 */
export function createPortalPool(): { prepare(c: ConformanceCase): WireSend } {
  const byOptions = new Map<string, PooledPortal>()
  const byCase = new WeakMap<ConformanceCase, PooledPortal>()
  return {
    prepare(c) {
      let pooled = byCase.get(c)
      if (!pooled) {
        const { faults: _, ...options } = describeSetup(c).mock
        const key = JSON.stringify(options)
        pooled = byOptions.get(key) ?? createPooledPortal(options)
        byOptions.set(key, pooled)
        byCase.set(c, pooled)
      }
      pooled.engine.reset()
      pooled.engine.setFaults(c.portal.faults)
      return pooled.send
    },
  }
}
