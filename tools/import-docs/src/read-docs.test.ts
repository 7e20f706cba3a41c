/** Walking the checkouts: links in "Continue Learning" resolve to method names through either language's title. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createNameFilter, readDocs } from './read-docs.js'

const CHECKOUT = join(import.meta.dirname, '__fixtures__', 'checkout-links')

describe('readDocs: related methods', () => {
  it("names a linked page by the other language's title when its own title names no method", () => {
    const [outcome] = readDocs({ en: join(CHECKOUT, 'en'), ru: join(CHECKOUT, 'ru') }, createNameFilter(['demo.gadget.get']))
    expect(outcome?.facts?.method).toBe('demo.gadget.get')
    // demo-gadget-list.md: the English title says "List the gadgets"; the guide names no method in either.
    expect(outcome?.facts?.related).toEqual(['demo.gadget.list', 'demo.gadget.delete'])
  })

  it('leaves a link unnamed when only one checkout is given and its title names no method', () => {
    const [outcome] = readDocs({ en: join(CHECKOUT, 'en') }, createNameFilter(['demo.gadget.get']))
    expect(outcome?.facts?.related).toEqual(['demo.gadget.delete'])
  })
})
