/** Golden files of the client emitter's whole output for the small fixture, and its determinism. */

import { describe, expect, it } from 'vitest'
import { createEmitContext } from '../../emit-context.js'
import type { GeneratedFile } from '../../emitter.js'
import { createTsProject } from '../../ts-project.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { clientEmitter } from './emitter.js'

async function emitSmall(): Promise<GeneratedFile[]> {
  const project = createTsProject()
  const ctx = createEmitContext('client', loadSmallSpecs(), project)
  return clientEmitter({ outDir: 'out/client' }).emit(ctx)
}

const names = [
  'methods/demo-folder-delete.ts',
  'descriptors/demo-folder-delete.ts',
  'methods/demo-item-delete.ts',
  'descriptors/demo-item-delete.ts',
  'methods/tasks-task-delete.ts',
  'descriptors/tasks-task-delete.ts',
  'lazy.ts',
  'lazy/demo.ts',
  'lazy/demo/folder.ts',
  'lazy/demo/item.ts',
  'lazy/tasks.ts',
  'lazy/tasks/task.ts',
  'system-errors.ts',
  'system-errors-by-need.ts',
  'types.ts',
  'index.ts',
]

describe('clientEmitter', () => {
  it('writes the modules of each method, then the lookup tables, the shared modules and the index, under outDir', async () => {
    expect((await emitSmall()).map((f) => f.path)).toEqual(names.map((n) => `out/client/${n}`))
  })

  it.each(names)('matches the golden file for %s', async (name) => {
    const file = (await emitSmall()).find((f) => f.path === `out/client/${name}`)
    await expect(file?.content).toMatchFileSnapshot(`./__snapshots__/small/${name}.snap`)
  })

  it('prints the same bytes on a second run', async () => {
    expect(await emitSmall()).toEqual(await emitSmall())
  })

  it('puts deleteMany beside each delete method in the tree', async () => {
    const index = (await emitSmall()).find((f) => f.path.endsWith('index.ts'))?.content ?? ''
    expect(index).toMatch(/deleteMany\(ids: readonly DemoItemDeleteParams\['id'\]\[\]/)
    expect(index).toContain("'tasks.task.delete': { params: TasksTaskDeleteParams;")
  })

  it('writes each descriptor again alone, and the tables that find it by name: namespace, family, method', async () => {
    const files = await emitSmall()
    const text = (path: string) => files.find((f) => f.path === `out/client/${path}`)?.content ?? ''
    expect(text('descriptors/demo-item-delete.ts')).toMatch(
      /export const descriptor: MethodDescriptor = \{\n {2}method: 'demo\.item\.delete'/,
    )
    expect(text('lazy.ts')).toContain("'demo': () => import('./lazy/demo.js'),")
    expect(text('lazy/demo.ts')).toContain("'item': () => import('./demo/item.js'),")
    // Keyed by the rest of the name: the family's table need not repeat `demo.item.`.
    expect(text('lazy/demo/item.ts')).toContain("'delete': () => import('../../descriptors/demo-item-delete.js'),")
  })
})
