import { describe, expect, it } from 'vitest'
import { formatJsLiteral, formatPhpLiteral } from './literals.js'

describe('formatJsLiteral', () => {
  it.each([
    ['a number', 50, '50'],
    ['a string with a quote', "O'Neil", "'O\\'Neil'"],
    ['null', null, 'null'],
    ['an empty object', {}, '{}'],
    ['an object', { id: 1, '>=ID': 2 }, "{\n  id: 1,\n  '>=ID': 2,\n}"],
    ['an array', [1, 'a'], "[\n  1,\n  'a',\n]"],
  ])('%s', (_title, given, want) => {
    expect(formatJsLiteral(given, '', '  ')).toBe(want)
  })
})

describe('formatPhpLiteral', () => {
  it.each([
    ['a boolean', true, true, 'true'],
    ['an array with trailing commas', { id: 50 }, true, "[\n  'id' => 50,\n]"],
    ['an array without the last comma', { ID: 50, X: [1] }, false, "[\n  'ID' => 50,\n  'X' => [\n    1\n  ]\n]"],
  ])('%s', (_title, given, trailing, want) => {
    expect(formatPhpLiteral(given, '', '  ', trailing)).toBe(want)
  })
})
