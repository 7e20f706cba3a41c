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
  'methods/demo-item-delete.ts',
  'methods/tasks-task-delete.ts',
  'system-errors.ts',
  'types.ts',
  'index.ts',
]

describe('clientEmitter', () => {
  it('writes one module per method, then the shared modules and the index, under outDir', async () => {
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
    expect(index).toContain('deleteMany: (ids, options) => demoItemDeleteMany(client, ids, options),')
    expect(index).toContain("'tasks.task.delete': { params: TasksTaskDeleteParams;")
  })
})
