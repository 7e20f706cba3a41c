/**
 * loadMiddleware, under the OAuth policy and createClient's optional policies: the middleware's
 * module loads once, on the first call, shared by calls made while it loads; a load that failed
 * (a chunk the network lost) fails the calls that waited for it, and the next call loads again.
 */
import { describe, expect, it } from 'vitest'
import type { Answer } from './base.js'
import { type Attempt, loadMiddleware, type Middleware } from './policies.js'

const call = { method: 'crm.contact.delete', params: { id: 50 }, signal: new AbortController().signal }
const attempt: Attempt = async (params) => ({ result: params }) as Answer

describe('loadMiddleware', () => {
  it('loads once, on the first call, for every call after and during the load', async () => {
    let loads = 0
    const ware = loadMiddleware(async () => {
      loads++
      return (c, next) => next({ ...c.params, seen: true })
    })
    expect(loads).toBe(0)
    const answers = await Promise.all([ware(call, attempt), ware(call, attempt)])
    await ware(call, attempt)
    expect(loads).toBe(1)
    expect(answers.map((a) => a.result)).toEqual([
      { id: 50, seen: true },
      { id: 50, seen: true },
    ])
  })

  it('fails the calls that waited for a failed load, and loads again on the next call', async () => {
    const outcomes: (Error | Middleware)[] = [new Error('chunk failed to load'), (c, next) => next(c.params)]
    let loads = 0
    const ware = loadMiddleware(async () => {
      const next = outcomes[loads++] as Error | Middleware
      if (next instanceof Error) throw next
      return next
    })
    const failed = await Promise.allSettled([ware(call, attempt), ware(call, attempt)])
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected'])
    expect(loads).toBe(1)
    expect((await ware(call, attempt)).result).toEqual({ id: 50 })
    expect(loads).toBe(2)
    await ware(call, attempt)
    expect(loads).toBe(2)
  })
})
