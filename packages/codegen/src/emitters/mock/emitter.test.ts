/** Golden files of the mock emitter's output for a small spec fixture, and its determinism. */

import { describe, expect, it } from 'vitest'
import { createEmitContext } from '../../emit-context.js'
import type { GeneratedFile } from '../../emitter.js'
import { createTsProject } from '../../ts-project.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { mockEmitter } from './emitter.js'
import { printLiteral } from './literal.js'

async function emitSmall(): Promise<GeneratedFile[]> {
  const project = createTsProject()
  const ctx = createEmitContext('mock', loadSmallSpecs(), project)
  return mockEmitter({ outDir: 'out/mock/' }).emit(ctx)
}

describe('mockEmitter', () => {
  it('writes the four table files under outDir, in path order', async () => {
    const files = await emitSmall()
    expect(files.map((f) => f.path)).toEqual([
      'out/mock/entities.ts',
      'out/mock/index.ts',
      'out/mock/methods.ts',
      'out/mock/system-errors.ts',
    ])
  })

  it.each(['entities', 'index', 'methods', 'system-errors'])('matches the golden file for %s.ts', async (name) => {
    const file = (await emitSmall()).find((f) => f.path === `out/mock/${name}.ts`)
    await expect(file?.content).toMatchFileSnapshot(`./__snapshots__/small/${name}.ts.snap`)
  })

  it('prints the same bytes on a second run', async () => {
    expect(await emitSmall()).toEqual(await emitSmall())
  })

  it('keeps no per-method code: the methods file is one import and one data constant', async () => {
    const methods = (await emitSmall()).find((f) => f.path.endsWith('methods.ts'))?.content ?? ''
    expect(methods).not.toMatch(/function|=>/)
    expect(methods).toContain("'demo.item.delete': {")
  })
})

describe('printLiteral', () => {
  it.each([
    ['a string with quotes and a newline', "it's\nhere", "'it\\'s\\nhere'"],
    ['an empty array', [], '[]'],
    ['an object with a non-identifier key', { 'a.b': 1, c: undefined }, "{\n  'a.b': 1,\n}"],
    ['nested values', { x: [true, null] }, '{\n  x: [\n    true,\n    null,\n  ],\n}'],
  ])('prints %s', (_title, given, want) => {
    expect(printLiteral(given)).toBe(want)
  })

  it('refuses a value JSON cannot hold', () => {
    expect(() => printLiteral(Number.NaN)).toThrow('Cannot print NaN')
  })
})
