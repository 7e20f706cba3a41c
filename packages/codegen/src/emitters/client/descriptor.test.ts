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

  it('matches the golden file', async () => {
    const spec = getSmallSpec('demo.item.delete')
    await expect(buildDescriptor(spec, getMethodNames(spec.method))).toMatchFileSnapshot('./__snapshots__/descriptor.ts.snap')
  })
})
