/** The YFM building blocks on the edges of their input: empty lines, backticks, table bars. */
import { describe, expect, it } from 'vitest'
import { escapeCell, indentBlock, renderCode } from './yfm.js'

describe('indentBlock', () => {
  it.each([
    ['', ''],
    ['a', '    a'],
    ['a\n', '    a\n'],
    ['a\n\nb', '    a\n\n    b'],
    ['\n\nb\n', '\n\n    b\n'],
    ['a\r\n\r\nb', '    a\r\n    \r\n    b'],
  ])('indents every non-empty line of %j', (text, indented) => {
    expect(indentBlock(text)).toBe(indented)
  })

  it('takes a replacement pattern in the indent as plain text', () => {
    expect(indentBlock('a\nb', "$&$'")).toBe("$&$'a\n$&$'b")
  })
})

describe('renderCode', () => {
  it('fences with three backticks, more when the code holds a longer run', () => {
    expect(renderCode('js', 'a')).toBe('```js\na\n```')
    expect(renderCode('md', '`x` and ````')).toBe('`````md\n`x` and ````\n`````')
  })
})

describe('escapeCell', () => {
  it('escapes what would close a table cell, and leaves other text alone', () => {
    expect(escapeCell('a || b |# c | d')).toBe('a \\|\\| b \\|# c | d')
    expect(escapeCell('plain')).toBe('plain')
  })
})
