/** The store's app and user options (the frame host's `setAppOption` / `setUserOption`): kept until reset. */
import { describe, expect, it } from 'vitest'
import { createMockEngine } from './engine.js'

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
