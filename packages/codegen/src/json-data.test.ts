import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isExactJson, printExactJson } from './json-data.js'

/** The definition isExactJson stands for: printing, parsing and comparing (a value JSON refuses, a bigint, is not). */
function roundTrips(value: unknown): boolean {
  try {
    const json = JSON.stringify(value)
    return json !== undefined && isDeepStrictEqual(JSON.parse(json), value)
  } catch {
    return false
  }
}

describe('isExactJson', () => {
  it('agrees with a JSON round trip on any value', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withBigInt: true,
      values: [fc.double(), fc.constant(-0), fc.constant(undefined), fc.string()],
    })
    fc.assert(
      fc.property(anything, (value) => isExactJson(value) === roundTrips(value)),
      // A fixed seed: the same 2,000 values every run.
      { numRuns: 2000, seed: 20_261_202 },
    )
  })

  it.each([
    ['an undefined field', { a: 1, b: undefined }],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    ['a hole', [1, , 3]],
    ['-0', { n: -0 }],
    ['NaN', [Number.NaN]],
    ['a Date', { at: new Date(0) }],
    ['a symbol key', { [Symbol('s')]: 1 }],
    ['an array with a field', Object.assign([1], { extra: true })],
    ['a function', { f: () => 1 }],
  ])('refuses %s', (_name, value) => {
    expect(roundTrips(value)).toBe(false)
    expect(isExactJson(value)).toBe(false)
    expect(printExactJson(value)).toBeUndefined()
  })

  it('prints what it accepts as JSON.stringify does', () => {
    const value = { a: [1, 'x', null, true, { b: 2.5 }], 'c-d': '\ud800 lone surrogate' }
    expect(printExactJson(value)).toBe(JSON.stringify(value))
  })
})
