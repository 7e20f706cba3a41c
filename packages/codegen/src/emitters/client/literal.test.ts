/** The literal printer: quoting, keys, and line breaking. */
import { describe, expect, it } from 'vitest'
import { printLiteral, quote } from './literal.js'

describe('printLiteral', () => {
  it.each([
    ['a string with a quote, a backslash and a newline', "it's \\ \n", "'it\\'s \\\\ \\n'"],
    ['Cyrillic as is', 'Элемент', "'Элемент'"],
    ['an empty object', {}, '{}'],
    ['a short object on one line, undefined left out', { a: 1, b: undefined, 'c.d': [true, null] }, "{ a: 1, 'c.d': [true, null] }"],
  ])('prints %s', (_title, given, want) => {
    expect(printLiteral(given)).toBe(want)
  })

  it('breaks what does not fit the width, one item a line with trailing commas', () => {
    expect(printLiteral({ list: ['aaaa', 'bbbb'], other: 'cccc' }, '', 20)).toBe("{\n  list: ['aaaa', 'bbbb'],\n  other: 'cccc',\n}")
  })

  it('prints an object met twice the same at each place, broken where it does not fit', () => {
    const shared = { name: 'aaaa', list: ['bbbb', 'cccc'] }
    expect(printLiteral({ a: shared, b: { deep: shared } }, '', 42)).toBe(
      "{\n  a: { name: 'aaaa', list: ['bbbb', 'cccc'] },\n  b: {\n    deep: {\n      name: 'aaaa',\n      list: ['bbbb', 'cccc'],\n    },\n  },\n}",
    )
  })

  it('quotes like the generated code', () => {
    expect(quote('a')).toBe("'a'")
  })
})
