/**
 * The in-process portals: one per distinct configuration of the cases (webhooks, tokens, plan,
 * faults...), made once and reset before each entry point, and a fetch that hands the client's
 * requests to that portal's MSW handlers through msw's `getResponse`, with no global interception.
 */
import { createMockPortal, type MockPortal } from '@b24kit/mock'
import { getResponse } from 'msw'
import type { ConformanceCase } from './case.js'
import { describeSetup } from './setup.js'

interface PooledPortal {
  portal: MockPortal
  send: typeof fetch
}

function createPooledPortal(c: ConformanceCase): PooledPortal {
  const portal = createMockPortal(describeSetup(c).mock)
  const { handlers } = portal
  const send: typeof fetch = async (input, init) => {
    const response = await getResponse(handlers, new Request(input, init))
    // The handlers answer every /rest/ path; no answer is a dropped connection, as fetch reports one.
    if (!response || response.type === 'error') throw new TypeError('fetch failed')
    return response
  }
  return { portal, send }
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
      pooled.portal.reset()
      return pooled.send
    },
  }
}
