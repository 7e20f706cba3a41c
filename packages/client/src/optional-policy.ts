/**
 * createClient's optional policies, outermost: `onTime` and OAuth. They run only for a client given
 * them, so their code loads on such a client's first call (client.ts), and an app without them
 * bundles none of it; the OAuth part (oauth-client.ts) loads only with `oauth`. The logger's work
 * (logging.ts) comes in the same chunk: one chunk name in every app's entry rather than two.
 */
import type { Core } from './by-need.js'
import type { ClientOptions } from './client.js'
import type { Middleware, PolicyContext } from './policies.js'

export { fetchLogged, logError } from './logging.js'

/** The middleware of a client's `onTime` and `oauth` options (OAuth's secrets are already redacted). */
export async function createOptionalMiddleware(core: Core, options: ClientOptions, context: PolicyContext): Promise<Middleware> {
  const { onTime, oauth } = options
  const signIn = oauth && (await import('./oauth-client.js')).createClientOAuth(core, oauth, options, context)
  return async (call, attempt) => {
    // A refresh retries inside: onTime sees the answer the caller gets.
    const answer = await (signIn ? signIn(call, attempt) : attempt(call.params))
    if (answer.time) onTime?.(answer.time, call.method)
    return answer
  }
}
