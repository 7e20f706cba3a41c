/** Tokens issued at run time: accepted at once, expired on the mock's clock, the oldest dropped past the cap. */
import { describe, expect, it } from 'vitest'
import { createAuthenticator } from '../auth.js'
import { createManualClock } from '../clock.js'
import { createMockEngine } from '../engine.js'
import { createTokenIssuer } from './issue-token.js'

const call = (engine: ReturnType<typeof createMockEngine>, token: string) =>
  engine.handle(new Request(`https://portal.test/rest/crm.contact.get?id=50&auth=${token}`)).then((r) => r.json())

describe('engine.issueToken', () => {
  it('issues a token the engine accepts until it expires', async () => {
    const clock = createManualClock()
    const engine = createMockEngine({ clock })
    const issued = engine.issueToken({ lifetimeSeconds: 60 })
    expect(issued.accessToken).toMatch(/^[0-9a-f]{64}$/)
    expect(issued.refreshToken).not.toBe(issued.accessToken)
    expect(issued).toMatchObject({ expiresIn: 60, expiresAt: clock.now() + 60_000, userId: 1 })
    expect((await call(engine, issued.accessToken)).result.ID).toBe('50')
    clock.advance(60_000)
    expect((await call(engine, issued.accessToken)).error).toBe('expired_token')
    // The journal never holds the token.
    expect(JSON.stringify(engine.journal)).not.toContain(issued.accessToken)
  })

  it('keeps the configured tokens and only the newest issued ones', () => {
    const clock = createManualClock()
    const auth = createAuthenticator([], [{ token: 'configured' }], [{ id: 1 }])
    const issue = createTokenIssuer(auth, clock, 2)
    const [a, b, c] = [issue(), issue(), issue()]
    const check = (token: string) => auth.authenticate({ method: 'x' }, { auth: token }, null, clock.now()).ok
    expect([check('configured'), check(a.accessToken), check(b.accessToken), check(c.accessToken)]).toEqual([true, false, true, true])
  })
})

describe('store.options', () => {
  it('holds app and per-user options until the store is reset', () => {
    const engine = createMockEngine()
    engine.store.options.setApp('colour', 'blue')
    engine.store.options.setUser(1, 'tab', 2)
    engine.store.options.setApp('__proto__', 'kept as a value')
    expect(engine.store.options.getApp()).toEqual({ colour: 'blue', ['__proto__']: 'kept as a value' })
    expect(Object.getPrototypeOf(engine.store.options.getApp())).toBe(Object.prototype)
    expect(engine.store.options.getUser(1)).toEqual({ tab: 2 })
    expect(engine.store.options.getUser(2)).toEqual({})
    engine.reset()
    expect(engine.store.options.getApp()).toEqual({})
    expect(engine.store.options.getUser(1)).toEqual({})
  })
})
