/**
 * The control surface for tests in any language (`b24kit-mock --admin`, `startMockServer({ admin:
 * true })`): reset the store to its seed, load another seed, read the journal and the store. It lives
 * under `/_b24kit/`, a path no REST method can take (methods are served under `/rest/`), and is off
 * by default. Answers are JSON; the journal is redacted as it is recorded (no webhook code, no token).
 *
 *   POST /_b24kit/reset            back to the seed: store, journal, limits   -> {"ok":true}
 *   POST /_b24kit/seed  {seed}     replace the store with this seed           -> {"ok":true,"records":N}
 *   GET  /_b24kit/journal          the calls received so far                  -> {"journal":[...]}
 *   GET  /_b24kit/store            every record                               -> {"store":{"contact":[...]}}
 */
import type { MockEngine } from '../engine.js'
import type { MockReply } from '../envelope.js'
import { MockSeedError } from '../store.js'
import { isSeedShape } from './seed.js'

/** The path prefix of the admin surface. */
export const adminPathPrefix = '/_b24kit/'

const json = (status: number, value: unknown): MockReply => ({ status, body: JSON.stringify(value) })
const fail = (status: number, error: string, description: string) => json(status, { error, error_description: description })

function readSeedBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * Answers one admin request, or returns undefined when the path is not an admin path (the request
 * then goes to the portal as usual). `pathname` is the request's path without the query.
 */
export function answerAdmin(engine: MockEngine, httpMethod: string, pathname: string, body: Buffer): MockReply | undefined {
  if (!pathname.startsWith(adminPathPrefix)) return undefined
  const action = pathname.slice(adminPathPrefix.length).replace(/\/+$/, '')
  const allowed: Readonly<Record<string, string>> = { reset: 'POST', seed: 'POST', journal: 'GET', store: 'GET' }
  const wanted = allowed[action]
  if (!wanted) return fail(404, 'ADMIN_NOT_FOUND', `No admin action "${action}": expected one of ${Object.keys(allowed).join(', ')}`)
  if (httpMethod !== wanted) return fail(405, 'ADMIN_METHOD_NOT_ALLOWED', `/_b24kit/${action} takes ${wanted}, got ${httpMethod}`)
  switch (action) {
    case 'reset':
      engine.reset()
      return json(200, { ok: true })
    case 'seed': {
      const seed = readSeedBody(body)
      if (!isSeedShape(seed))
        return fail(
          400,
          'ADMIN_BAD_SEED',
          'The body must be JSON mapping entity names to arrays of records, such as {"contact": [{"ID": 50}]}',
        )
      try {
        engine.store.load(seed)
      } catch (error) {
        if (error instanceof MockSeedError) return fail(400, 'ADMIN_BAD_SEED', error.message)
        throw error
      }
      return json(200, { ok: true, records: Object.values(seed).reduce((n, records) => n + records.length, 0) })
    }
    case 'journal':
      return json(200, { journal: engine.journal })
    default:
      return json(200, { store: engine.store.snapshot() })
  }
}
