/** The params interface: one documented property per parameter, a TypeScript type per spec type. */
import { describe, expect, it } from 'vitest'
import { printStatements } from './__fixtures__/print.js'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { getMethodNames } from './names.js'
import { buildParams, tsTypeOf } from './params.js'

describe('buildParams', () => {
  it('matches the golden file for a parameter of every type', async () => {
    const spec = getSmallSpec('demo.item.delete')
    await expect(printStatements(buildParams(spec, getMethodNames(spec.method)))).toMatchFileSnapshot(
      './__snapshots__/params.demo-item-delete.ts.snap',
    )
  })

  it('marks optional parameters with a question mark and required ones without', () => {
    const spec = getSmallSpec('demo.item.delete')
    const properties = buildParams(spec, getMethodNames(spec.method)).properties ?? []
    expect(properties.map((p) => [p.name, p.hasQuestionToken])).toEqual([
      ['id', false],
      ['note', true],
      ['force', true],
      ['weight', true],
      ['tags', true],
      ['fields', true],
    ])
  })

  it.each([
    ['integer', 'number'],
    ['number', 'number'],
    ['string', 'string'],
    ['boolean', 'boolean'],
    ['object', 'Record<string, unknown>'],
    ['array', 'unknown[]'],
  ] as const)('types a %s parameter as %s', (given, want) => {
    expect(tsTypeOf(given)).toBe(want)
  })
})
