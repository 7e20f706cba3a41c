/** MSW 2 handlers for the mock: the only module that imports msw. */
import { HttpResponse, http, type RequestHandler } from 'msw'
import type { MockEngine } from './engine.js'

/** Any origin's `/rest/...` path. */
const restPath = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/rest\//i

/** One catch-all handler per engine: every `/rest/*` call goes to the engine's dispatcher. */
export function createMswHandlers(engine: MockEngine): RequestHandler[] {
  return [
    http.all(restPath, async ({ request }) => {
      const response = await engine.dispatch(request)
      // A dropped connection reaches fetch as a network error, as a reset socket would.
      return response ?? HttpResponse.error()
    }),
  ]
}
