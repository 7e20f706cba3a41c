/** The method tree: nested by name segment, each member bound to its standalone function. */
import { describe, expect, it } from 'vitest'
import { getSmallSpec, loadSmallSpecs } from './__fixtures__/small-specs.js'
import { buildTreeNodes, printTreeType, printTreeValue } from './tree.js'

const specs = () => loadSmallSpecs().methods.map((m) => m.spec)

describe('the method tree', () => {
  it('matches the golden files of its type and its builder', async () => {
    const nodes = buildTreeNodes(specs())
    await expect(printTreeType(nodes)).toMatchFileSnapshot('./__snapshots__/tree-type.ts.snap')
    await expect(printTreeValue(nodes)).toMatchFileSnapshot('./__snapshots__/tree-value.ts.snap')
  })

  it.each([
    ['a method named like the client itself', 'batch.run', 'is a name of the client itself'],
    ['a method whose name is a segment of another', 'demo.item', 'is a method of the tree and cannot also hold methods'],
    ['a member named like another method plus Many', 'demo.item.deleteMany', 'the tree already has a member named "demo.item.deleteMany"'],
  ])('refuses %s', (_title, method, message) => {
    const clash = { ...getSmallSpec('demo.folder.delete'), method }
    const order = method === 'demo.item' ? [clash, ...specs()] : [...specs(), clash]
    expect(() => buildTreeNodes(order)).toThrow(message)
  })
})
