/**
 * `expect(actual, message).toEqual(expected)` at the cost of a plain comparison when the values are
 * the same: the conformance suite makes thousands of these on JSON data, and vitest's matcher (an
 * assertion object and its deep equality with every option) costs about a millisecond a case.
 */
import { isDeepStrictEqual } from 'node:util'
import { expect } from 'vitest'

/**
 * Asserts `toEqual`. Values strictly deep-equal pass at once (toEqual would pass them too); any
 * other pair goes to vitest's matcher, which passes what toEqual forgives (an undefined property)
 * and fails the rest with its usual diff.
 */
export function expectToEqual(actual: unknown, expected: unknown, message?: string): void {
  if (isDeepStrictEqual(actual, expected)) return
  expect(actual, message).toEqual(expected)
}
