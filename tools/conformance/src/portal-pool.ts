/**
 * The in-process portals: one per distinct configuration of the cases (webhooks, tokens, plan,
 * faults...), made once and reset before each entry point, and the mock's in-process fetch
 * (`createMockFetch`) that hands the client's requests to that portal's engine: the dispatcher the
 * MSW handlers and the node:http server use, without msw's interception (msw is covered by the
 * mock's own tests and the HTTP path's server by over-http.test.ts).
 */
import { createMockEngine, createMockFetch, type MockEngine } from '@b24kit/mock'
import type { ConformanceCase } from './case.js'
import { describeSetup } from './setup.js'

interface PooledPortal {
  engine: MockEngine
  send: typeof fetch
}

function createPooledPortal(c: ConformanceCase): PooledPortal {
  const engine = createMockEngine(describeSetup(c).mock)
  return { engine, send: createMockFetch(engine) }
}

/**
 * A pool of portals; `prepare(c)` resets the portal of the case's configuration (store, journal,
 * limits, faults) and gives the fetch that reaches it. A case's configuration is looked up once.
 */
export function createPortalPool(): { prepare(c: ConformanceCase): typeof fetch } {
  const byOptions = new Map<string, PooledPortal>()
  const byCase = new WeakMap<ConformanceCase, PooledPortal>()
  return {
    prepare(c) {
      let pooled = byCase.get(c)
      if (!pooled) {
        const key = JSON.stringify(describeSetup(c).mock)
        pooled = byOptions.get(key) ?? createPooledPortal(c)
        byOptions.set(key, pooled)
        byCase.set(c, pooled)
      }
      pooled.engine.reset()
      return pooled.send
    },
  }
}
