/** The cheap toEqual passes and fails exactly what vitest's toEqual does, with its message. */
import { describe, expect, it } from 'vitest'
import { expectToEqual } from './expect-equal.js'

describe('expectToEqual', () => {
  it('passes values that are the same, and what toEqual forgives', () => {
    expectToEqual({ result: [1, { a: 'b' }] }, { result: [1, { a: 'b' }] })
    expectToEqual({ error: { code: 'X', errorId: undefined } }, { error: { code: 'X' } })
  })

  it('fails a difference with the message and the matcher diff', () => {
    expect(() => expectToEqual({ result: 1 }, { result: 2 }, 'case by tree')).toThrow(/case by tree.*expected.*to deeply equal/s)
    expect(() => expectToEqual([{ a: 1 }], [{ a: 1 }, { a: 1 }])).toThrow()
    expect(() => expectToEqual(3, 1)).toThrow()
  })
})
