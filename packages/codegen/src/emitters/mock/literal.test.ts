/** The TypeScript literal printer: quoting and layout of plain data. */
import { describe, expect, it } from 'vitest'
import { printLiteral, quoteString } from './literal.js'

describe('quoteString', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['a\\b', "'a\\\\b'"],
    ['one\ntwo\r\tthree', "'one\\ntwo\\r\\tthree'"],
    ['\u2028\u2029', "'\\u2028\\u2029'"],
    ['`$' + '{x}`', "'`$" + "{x}`'"],
  ])('quotes %j', (text, quoted) => {
    expect(quoteString(text)).toBe(quoted)
  })
})

describe('printLiteral', () => {
  it('prints nested data two spaces a level, leaving out undefined properties', () => {
    expect(printLiteral({ a: [1, { 'b-c': null }], skipped: undefined, d: {}, e: [] }, '  ')).toBe(
      "{\n    a: [\n      1,\n      {\n        'b-c': null,\n      },\n    ],\n    d: {},\n    e: [],\n  }",
    )
    expect(printLiteral({ only: undefined })).toBe('{}')
  })
})
