/**
 * The store keeps list methods' id order however records arrive, loads large seeds, and loading the
 * same seed again (the engine's reset) puts back exactly what it gave, however often.
 */
import { describe, expect, it } from 'vitest'
import { entityTable } from './generated/index.js'
import { createStore } from './store.js'

const idsOf = (records: readonly Record<string, unknown>[]) => records.map((r) => r.ID)

describe('createStore', () => {
  it.each([
    ['rising ids', [1, 2, 3, 10], [1, 2, 3, 10]],
    ['falling ids', [10, 3, 2, 1], [1, 2, 3, 10]],
    ['mixed ids', [5, 3, 9, 1, 7], [1, 3, 5, 7, 9]],
  ])('lists %s in id order', (_title, given, want) => {
    const store = createStore(entityTable, { contact: given.map((ID) => ({ ID })) })
    expect(idsOf(store.list('contact'))).toEqual(want)
  })

  it('keeps order through puts after a list, replacements and deletes', () => {
    const store = createStore(entityTable, { contact: [{ ID: 4 }, { ID: 8 }] })
    expect(idsOf(store.list('contact'))).toEqual([4, 8])
    store.put('contact', { ID: 2, NAME: 'low' })
    store.put('contact', { ID: 8, NAME: 'replaced' })
    store.put('contact', { ID: 12 })
    expect(store.list('contact')).toEqual([{ ID: 2, NAME: 'low' }, { ID: 4 }, { ID: 8, NAME: 'replaced' }, { ID: 12 }])
    store.delete('contact', 12, false)
    store.put('contact', { ID: 10 })
    store.put('contact', { ID: 6 })
    expect(idsOf(store.list('contact'))).toEqual([2, 4, 6, 8, 10])
    expect(store.nextId('contact')).toBe(13)
    expect(idsOf(store.snapshot().contact ?? [])).toEqual([2, 4, 6, 8, 10])
  })

  it('loads 20,000 contacts in either order and lists them by id', () => {
    const count = 20_000
    const rising = Array.from({ length: count }, (_, i) => ({ ID: i + 1, NAME: `c${i + 1}` }))
    for (const records of [rising, [...rising].reverse()]) {
      const store = createStore(entityTable, { contact: records })
      const listed = store.list('contact')
      expect(listed).toHaveLength(count)
      expect(listed[0]).toEqual({ ID: 1, NAME: 'c1' })
      expect(listed.at(-1)).toEqual({ ID: count, NAME: `c${count}` })
      expect(idsOf(listed).every((id, i) => id === i + 1)).toBe(true)
      expect(store.get('contact', 12_345)).toEqual({ ID: 12_345, NAME: 'c12345' })
    }
  })

  it('starts again from the seed on load', () => {
    const store = createStore(entityTable, { contact: [{ ID: 3 }] })
    store.put('contact', { ID: 1 })
    store.load({ contact: [{ ID: 9 }, { ID: 5 }] })
    expect(idsOf(store.list('contact'))).toEqual([5, 9])
    expect(store.nextId('contact')).toBe(10)
  })

  it('puts back exactly what a load gave when the same seed is loaded again, round after round', () => {
    const seed = {
      contact: [{ ID: 50, NAME: 'Ivan' }, { ID: 44 }],
      activity: [
        { ID: 1, CONTACT_ID: 50 },
        { ID: 2, CONTACT_ID: 44 },
      ],
      deal: [{ ID: 7 }],
      'deal.contact': [
        { OWNER_ID: 7, CONTACT_ID: 50, SORT: 10, IS_PRIMARY: 'Y' },
        { OWNER_ID: 7, CONTACT_ID: 44, SORT: 20, IS_PRIMARY: 'N' },
      ],
    }
    const store = createStore(entityTable, seed)
    const loaded = store.snapshot()
    expect(idsOf(loaded.contact ?? [])).toEqual([44, 50])
    // Twice: a change after a reset must not reach what the load gave either.
    for (let round = 0; round < 2; round++) {
      store.put('contact', { ID: 3 })
      store.put('contact', { ID: 44, NAME: 'changed' })
      // Takes activity 1 (linked) and the deal's binding to contact 50 with it.
      store.delete('contact', 50, true)
      store.setBindings('lead', 'contact', 9, [{ CONTACT_ID: 44 }])
      store.put('deal', { ID: 100 })
      store.options.setApp('key', 'value')
      expect(idsOf(store.list('contact'))).toEqual([3, 44])
      expect(idsOf(store.list('activity'))).toEqual([2])
      expect(store.bindings('deal', 'contact', 7)).toEqual([{ CONTACT_ID: 44, SORT: 20, IS_PRIMARY: 'Y' }])

      store.load(seed)
      expect(store.snapshot()).toEqual(loaded)
      expect(store.get('contact', 44)).toEqual({ ID: 44 })
      expect(store.nextId('contact')).toBe(51)
      expect(store.nextId('deal')).toBe(8)
      expect(store.bindings('deal', 'contact', 7)).toEqual([
        { CONTACT_ID: 50, SORT: 10, IS_PRIMARY: 'Y' },
        { CONTACT_ID: 44, SORT: 20, IS_PRIMARY: 'N' },
      ])
      expect(store.bindings('lead', 'contact', 9)).toEqual([])
      expect(store.options.getApp()).toEqual({})
    }
  })

  it('reads another seed object afresh, even one equal to the last', () => {
    const store = createStore(entityTable, { contact: [{ ID: 1 }] })
    store.put('contact', { ID: 2 })
    const next = { contact: [{ ID: 1 }] }
    store.load(next)
    expect(idsOf(store.list('contact'))).toEqual([1])
    store.put('contact', { ID: 5 })
    store.load({ contact: [{ ID: 1 }] })
    expect(idsOf(store.list('contact'))).toEqual([1])
    expect(store.nextId('contact')).toBe(2)
  })

  it('lets stores of the same seed share its load, each changing only its own copy', () => {
    const seed = { contact: [{ ID: 50 }, { ID: 44 }], deal: [{ ID: 7 }], 'deal.contact': [{ OWNER_ID: 7, CONTACT_ID: 50, SORT: 10 }] }
    const first = createStore(entityTable, seed)
    const second = createStore(entityTable, seed)
    first.put('contact', { ID: 60 })
    first.delete('contact', 50, true)
    second.put('contact', { ID: 1 })
    expect(idsOf(first.list('contact'))).toEqual([44, 60])
    expect(idsOf(second.list('contact'))).toEqual([1, 44, 50])
    expect(second.bindings('deal', 'contact', 7)).toEqual([{ CONTACT_ID: 50, SORT: 10 }])
    const third = createStore(entityTable, seed)
    expect(idsOf(third.list('contact'))).toEqual([44, 50])
    expect(third.nextId('contact')).toBe(51)
    second.load(seed)
    expect(second.snapshot()).toEqual(third.snapshot())
  })
})
