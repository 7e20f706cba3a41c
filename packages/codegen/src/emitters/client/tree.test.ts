/** The method tree's type: nested by name segment; the core's proxy routes its helpers by name. */
import { describe, expect, it } from 'vitest'
import { getSmallSpec, loadSmallSpecs } from './__fixtures__/small-specs.js'
import { buildTreeNodes, printTreeType } from './tree.js'

const specs = () => loadSmallSpecs().methods.map((m) => m.spec)

describe('the method tree', () => {
  it('matches the golden file of its type', async () => {
    await expect(printTreeType(buildTreeNodes(specs()))).toMatchFileSnapshot('./__snapshots__/tree-type.ts.snap')
  })

  it('gives deleteMany to a delete method named delete only, since the proxy routes the helper by its name', () => {
    const remove = { ...getSmallSpec('demo.folder.delete'), method: 'demo.folder.remove' }
    const type = printTreeType(buildTreeNodes([...specs().filter((s) => s.method !== 'demo.folder.delete'), remove]))
    expect(type).toContain('remove(params: DemoFolderRemoveParams')
    expect(type).not.toMatch(/removeMany/)
  })

  it.each([
    ['a method named like the client itself', 'batch.run', 'is a name of the client itself'],
    ['a method whose name is a segment of another', 'demo.item', 'is a method of the tree and cannot also hold methods'],
    ['a method named like a helper of the tree', 'demo.item.deleteMany', '"deleteMany" is the name of a helper of the method tree'],
    ['a method named like the pager helper', 'demo.other.listAll', '"listAll" is the name of a helper of the method tree'],
  ])('refuses %s', (_title, method, message) => {
    const clash = { ...getSmallSpec('demo.folder.delete'), method }
    const order = method === 'demo.item' ? [clash, ...specs()] : [...specs(), clash]
    expect(() => buildTreeNodes(order)).toThrow(message)
  })
})
