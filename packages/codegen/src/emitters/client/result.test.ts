/** The result type: the spec's constant where it has one, else the TypeScript type of its type. */
import { describe, expect, it } from 'vitest'
import { printStatements } from './__fixtures__/print.js'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { getMethodNames } from './names.js'
import { buildResult, resultType } from './result.js'

describe('resultType', () => {
  it.each([
    ['a boolean constant', { type: 'boolean', const: true }, 'true'],
    ['an integer constant', { type: 'integer', const: 7 }, '7'],
    ['a string constant', { type: 'string', const: "it's" }, "'it\\'s'"],
    ['an integer', { type: 'integer' }, 'number'],
    ['an object', { type: 'object' }, 'Record<string, unknown>'],
  ] as const)('types %s', (_title, given, want) => {
    expect(resultType({ ...given, description: { ru: 'р', en: 'r' } })).toBe(want)
  })
})

describe('buildResult', () => {
  it('matches the golden file', async () => {
    const spec = getSmallSpec('demo.item.delete')
    await expect(printStatements(buildResult(spec, getMethodNames(spec.method)))).toMatchFileSnapshot('./__snapshots__/result.ts.snap')
  })
})
