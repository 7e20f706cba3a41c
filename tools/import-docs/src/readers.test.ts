/** The low-level readers: YFM table rows, cURL shell words, loose JSON. */
import { describe, expect, it } from 'vitest'
import { readCurl } from './curl.js'
import { parseLooseJson } from './loose-json.js'
import { splitYfmTables } from './yfm-tables.js'

describe('splitYfmTables', () => {
  it('keeps a | inside code spans and fenced blocks in its cell', () => {
    const page = ['# T', '', '#|', '|| **a** | **b** ||', '|| `x | y` | one', '```', 'p | q', '```', 'two ||', '|#', 'after'].join('\n')
    const { text, tables } = splitYfmTables(page)
    expect(text.split('\n')).toEqual(['# T', '', '', 'YFMTABLE0', '', 'after'])
    expect(tables).toEqual([{ header: ['**a**', '**b**'], rows: [['`x | y`', 'one\n```\np | q\n```\ntwo']] }])
  })

  it('keeps the last row when the page forgot its closing ||', () => {
    const { tables } = splitYfmTables(['#|', '|| **a** | **b** ||', '|| one | two ||', '|| three | four', '|#'].join('\n'))
    expect(tables[0]?.rows).toEqual([
      ['one', 'two'],
      ['three', 'four'],
    ])
  })

  it('leaves a #| inside a fenced block alone', () => {
    expect(splitYfmTables('```\n#|\n|#\n```').tables).toEqual([])
  })
})

describe('readCurl', () => {
  it('reads the method from the last URL, without .json, and the body of --data', () => {
    expect(readCurl('curl --data \'{"a":1}\' https://x/rest/1/c/demo.thing.get.json')).toEqual({
      method: 'demo.thing.get',
      params: { a: 1 },
      notes: [],
    })
  })

  it('notes a body that does not parse', () => {
    expect(readCurl('curl -d \'{"a": 1} x {\' https://x/rest/demo.thing.get').notes).toContain('body does not parse')
  })
})

describe('parseLooseJson', () => {
  it('names what it mended', () => {
    expect(parseLooseJson('[1, 2, // more\n 3]')).toEqual({ value: [1, 2, 3], repaired: ['comments'] })
    expect(parseLooseJson('{"a": 1 "b": 2}')).toEqual({ value: { a: 1, b: 2 }, repaired: ['syntax (a missing comma or quote)'] })
    expect(parseLooseJson('{"a": 1} trailing {')).toBeUndefined()
  })
})
