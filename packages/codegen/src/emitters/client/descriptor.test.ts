/** The descriptor: the rules and rows the core reads, without the docs' prose. */
import { describe, expect, it } from 'vitest'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { buildDescriptor, describeMethod } from './descriptor.js'
import { getMethodNames } from './names.js'

describe('describeMethod', () => {
  it('keeps what validation and classification need, and leaves out defaults and prose', () => {
    const data = describeMethod(getSmallSpec('demo.item.delete'))
    expect(data.params[0]).toEqual({
      name: 'id',
      type: 'integer',
      required: true,
      minimum: 1,
      coercion: 'php-int',
      spellings: ['ID', 'id'],
      invalidError: 'badId',
    })
    expect(data.params[1]).toMatchObject({ name: 'note', type: 'string', required: false, coercion: undefined })
    expect(data.errors[2]).toEqual({
      id: 'notFound',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Не найдено', en: 'Not found' },
      kind: 'notFound',
    })
    expect(data.operation).toEqual({ kind: 'delete', by: 'id', notFound: 'notFound' })
    expect(data.result).toEqual({ type: 'boolean', const: true })
  })

  it('keeps the Russian text only of rows the core tells apart by text', () => {
    const spec = getSmallSpec('demo.item.delete')
    const texts = (systemCodes?: ReadonlySet<string>) => describeMethod(spec, systemCodes).errors.map((row) => row.text)
    const both = { ru: 'Не найдено', en: 'Not found' }
    // ERROR_CORE is the method's own code alone: the core matches the row by it, in any language.
    expect(texts(new Set(['ACCESS_DENIED']))).toEqual(["ID isn't valid.", 'Access denied.', 'Not found'])
    // A system row with the code, another row with it, or unknown system codes: the text decides.
    expect(texts(new Set(['ERROR_CORE']))[2]).toEqual(both)
    expect(texts()[2]).toEqual(both)
    const shared = { ...spec, errors: [...spec.errors, { ...spec.errors[2]!, id: 'gone', text: { ru: 'Удалено', en: 'Gone' } }] }
    expect(
      describeMethod(shared, new Set())
        .errors.map((row) => row.text)
        .slice(2),
    ).toEqual([both, { ru: 'Удалено', en: 'Gone' }])
  })

  it('matches the golden file', async () => {
    const spec = getSmallSpec('demo.item.delete')
    await expect(buildDescriptor(spec, getMethodNames(spec.method))).toMatchFileSnapshot('./__snapshots__/descriptor.ts.snap')
  })
})
