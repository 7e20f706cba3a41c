/** Golden files of the conformance emitter's output for a small spec fixture, and what each case derives from. */

import { describe, expect, it } from 'vitest'
import { createEmitContext } from '../../emit-context.js'
import type { GeneratedFile } from '../../emitter.js'
import { createTsProject } from '../../ts-project.js'
import { loadSmallSpecs } from '../mock/__fixtures__/small-specs.js'
import { emitCaseIds, emitSystemCaseIds } from './__fixtures__/case-ids.js'
import { conformanceEmitter } from './emitter.js'
import { getAbsentId } from './method-cases.js'
import { getBrokenValues } from './params.js'
import { getUnknownMethodName } from './system-cases.js'

async function emitSmall(): Promise<GeneratedFile[]> {
  const project = createTsProject()
  const ctx = createEmitContext('conformance', loadSmallSpecs(), project)
  return conformanceEmitter({ outDir: 'out/conformance/' }).emit(ctx)
}

describe('conformanceEmitter', () => {
  it('writes one table per method and an index, in path order', async () => {
    expect((await emitSmall()).map((f) => f.path)).toEqual([
      'out/conformance/demo-item-delete.ts',
      'out/conformance/index.ts',
      'out/conformance/system.ts',
    ])
  })

  it.each(['demo-item-delete', 'index', 'system'])('matches the golden file for %s.ts', async (name) => {
    const file = (await emitSmall()).find((f) => f.path === `out/conformance/${name}.ts`)
    await expect(file?.content).toMatchFileSnapshot(`./__snapshots__/small/${name}.ts.snap`)
  })

  it('prints the same bytes on a second run', async () => {
    expect(await emitSmall()).toEqual(await emitSmall())
  })

  it('keeps no per-method code: the table is one import and one data constant', async () => {
    const table = (await emitSmall()).find((f) => f.path.endsWith('demo-item-delete.ts'))?.content ?? ''
    expect(table).not.toMatch(/function|=>/)
  })

  it('turns every example and own error row of the fixture into cases, and the system rows into one table', () => {
    expect(emitSystemCaseIds(loadSmallSpecs())).toEqual(['system:queryLimitExceeded', 'system:methodNotFound'])
    expect(emitCaseIds(loadSmallSpecs())).toEqual([
      'example:deleteOne',
      'example:deleteOne:oauth',
      'example:deleteOne:as-strings',
      'param:id:missing',
      'param:id:below-minimum',
      'param:id:non-numeric',
      'access:denied',
      'operation:notFound:ru',
      'operation:notFound:en',
    ])
  })
})

describe('derived values', () => {
  it.each([
    [
      'a required php-int id with minimum 1',
      { required: true, coercion: 'php-int', minimum: 1 },
      ['missing', 'below-minimum', 'non-numeric'],
    ],
    ['an optional php-int id with minimum 0 (0 is valid)', { required: false, coercion: 'php-int', minimum: 0 }, ['below-minimum']],
    ['a plain integer without minimum', { required: false, coercion: 'none' }, ['not-an-integer']],
  ] as const)('breaks %s', (_title, rule, want) => {
    const param = { name: 'id', type: 'integer' as const, description: { ru: 'x', en: 'x' }, sources: [], ...rule }
    expect(getBrokenValues(param).map((b) => b.name)).toEqual(want)
  })

  it.each([
    ['one past the largest seed id', [{ ID: 7 }, { ID: 3 }], 1, 8],
    ['the minimum when nothing is seeded', [], 1, 1],
    ['the minimum when seeds are below it', [{ ID: 2 }], 10, 10],
  ])('picks an absent id: %s', (_title, seed, minimum, want) => {
    const entity = { name: 'item', title: { ru: 'x', en: 'x' }, idField: 'ID', linked: [], seed, fields: [] }
    expect(getAbsentId(entity, minimum)).toBe(want)
  })

  it('names an unknown method no spec declares', () => {
    expect(getUnknownMethodName('a.b', new Set(['a.b', 'a.b.unknown']))).toBe('a.b.unknownx')
  })
})

describe('conformanceEmitter per method', () => {
  it('emits each table from the method alone, so the core caches it, and agrees with emit', async () => {
    const specs = loadSmallSpecs()
    const emitter = conformanceEmitter({ outDir: 'out/conformance' })
    const ctx = createEmitContext('conformance', specs, createTsProject())
    const method = specs.methods[0]
    if (!method || !emitter.emitMethod || !emitter.emitIndex) throw new Error('the emitter is not split')
    const alone = createEmitContext('conformance', { ...specs, methods: [method] }, createTsProject())
    const perMethod = (await emitter.emit(ctx)).filter((f) => !/\/(index|system)\.ts$/.test(f.path))
    expect(emitter.emitMethod(alone, method)).toEqual(perMethod)
  })

  it('calls, for the unknown-method row, a name no spec declares', async () => {
    const specs = loadSmallSpecs()
    const [first] = specs.methods
    if (!first) throw new Error('no fixture method')
    const taken = { file: 'specs/taken.ts', spec: { ...first.spec, method: `${first.spec.method}.unknown` } }
    const ctx = createEmitContext('conformance', { ...specs, methods: [first, taken] }, createTsProject())
    const system = (await conformanceEmitter({ outDir: 'out' }).emit(ctx)).find((f) => f.path === 'out/system.ts')
    expect(system?.content).toContain(`method: '${first.spec.method}.unknownx'`)
  })
})

describe('the conformance index with changes since the last run', () => {
  const specs = loadSmallSpecs()
  const [method] = specs.methods as [(typeof specs.methods)[number]]
  const emitIndexWith = (before: string | undefined) => {
    const ctx = createEmitContext('conformance', specs, createTsProject())
    const changes = { changed: [method.file], readPreviousSummary: () => before, readPrevious: () => '// as the last run left it\n' }
    const index = conformanceEmitter({ outDir: 'out/conformance/' }).emitIndex?.(ctx, new Map([[method.file, method.spec.method]]), changes)
    return (index as GeneratedFile[]).find((f) => f.path === 'out/conformance/index.ts')?.content
  }

  it('keeps the last index when every changed method had the same name', () => {
    expect(emitIndexWith(method.spec.method)).toBe('// as the last run left it\n')
  })

  it('builds it again when a method came or was renamed', () => {
    expect(emitIndexWith(undefined)).toContain(`${method.spec.method.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())}Cases`)
    expect(emitIndexWith('demo.item.renamed')).not.toBe('// as the last run left it\n')
  })
})
