/** MSW 2 handlers for the mock: the only module that imports msw. */
import { HttpResponse, http, type RequestHandler } from 'msw'
import type { MockEngine } from './engine.js'
import { answerOAuthRequest } from './fetch/answer-oauth.js'
import { isOAuthPath } from './oauth/routes.js'

/** Any origin's `/rest/...` path. */
const restPath = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/rest\//i

/**
 * One catch-all handler per engine: every `/rest/*` call goes to the engine's dispatcher; with
 * `apps` registered, any origin's `/oauth/authorize/` and `/oauth/token/` go to its OAuth server
 * (so a client's default `https://oauth.bitrix.info` is answered in-process too).
 */
export function createMswHandlers(engine: MockEngine): RequestHandler[] {
  const { authority } = engine.applications
  const oauth =
    authority.apps.size === 0
      ? []
      : [
          http.all(
            ({ request }) => isOAuthPath(new URL(request.url).pathname),
            ({ request }) => answerOAuthRequest(authority, request),
          ),
        ]
  return [
    ...oauth,
    http.all(restPath, async ({ request }) => {
      const response = await engine.dispatch(request)
      // A dropped connection reaches fetch as a network error, as a reset socket would.
      return response ?? HttpResponse.error()
    }),
  ]
}
