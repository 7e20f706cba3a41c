/** The standalone functions: the call, and deleteMany for delete methods. */
import { describe, expect, it } from 'vitest'
import { printStatements } from './__fixtures__/print.js'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { defaultDocsUrl } from './docs.js'
import { buildCallFunction, buildDeleteManyFunction } from './functions.js'
import { getMethodNames } from './names.js'

describe('standalone functions', () => {
  it('match the golden file, with the deprecation and the example carried as JSDoc', async () => {
    const spec = getSmallSpec('demo.item.delete')
    const names = getMethodNames(spec.method)
    const many = buildDeleteManyFunction(spec, names)
    if (!many) throw new Error('a delete method has deleteMany')
    await expect(printStatements(buildCallFunction(spec, names, defaultDocsUrl), many)).toMatchFileSnapshot(
      './__snapshots__/functions.ts.snap',
    )
  })

  it('makes params optional where the method requires none', () => {
    const spec = getSmallSpec('demo.item.delete')
    const optional = { ...spec, params: spec.params.filter((p) => !p.required) }
    expect(buildCallFunction(optional, getMethodNames(spec.method), defaultDocsUrl).parameters?.[1]?.hasQuestionToken).toBe(true)
    expect(buildCallFunction(spec, getMethodNames(spec.method), defaultDocsUrl).parameters?.[1]?.hasQuestionToken).toBe(false)
  })

  it('takes the id type of deleteMany from the parameter the operation deletes by', () => {
    const spec = getSmallSpec('tasks.task.delete')
    const many = buildDeleteManyFunction(spec, getMethodNames(spec.method))
    expect(many?.parameters?.[1]?.type).toBe("readonly TasksTaskDeleteParams['taskId'][]")
  })
})
