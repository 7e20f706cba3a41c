/** Methods whose page says they always answer `null` (crm.timeline.comment.delete): the descriptor's result type `null`. */
import { describe, expect, it } from 'vitest'
import type { MethodDescriptor } from './descriptor.js'
import { isExpectedResult } from './validate.js'

const deleteComment: MethodDescriptor = {
  method: 'crm.timeline.comment.delete',
  params: [],
  errors: [],
  result: { type: 'null', const: null },
}

describe('a result typed null', () => {
  it('accepts the null answer', () => {
    expect(isExpectedResult(deleteComment, null)).toBe(true)
  })

  it.each([[true], [0], [''], [{}]])('refuses %j as an invalid response', (value) => {
    expect(isExpectedResult(deleteComment, value)).toBe(false)
  })
})

describe('a result typed null without a constant', () => {
  const descriptor: MethodDescriptor = { ...deleteComment, result: { type: 'null' } }

  it('accepts null and refuses anything else', () => {
    expect(isExpectedResult(descriptor, null)).toBe(true)
    expect(isExpectedResult(descriptor, false)).toBe(false)
  })
})
