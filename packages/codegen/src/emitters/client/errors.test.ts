/** The error types of a method: its own ids and codes, then the system ones. */
import { describe, expect, it } from 'vitest'
import { printStatements } from './__fixtures__/print.js'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { buildErrorTypes } from './errors.js'
import { getMethodNames } from './names.js'

describe('buildErrorTypes', () => {
  it('matches the golden file', async () => {
    const spec = getSmallSpec('demo.item.delete')
    await expect(printStatements(...buildErrorTypes(spec, getMethodNames(spec.method)))).toMatchFileSnapshot(
      './__snapshots__/errors.ts.snap',
    )
  })

  it('lists each row id once, then the system ids; codes once each, the empty code included', () => {
    const spec = getSmallSpec('demo.item.delete')
    const [ids, codes, error] = buildErrorTypes(spec, getMethodNames(spec.method))
    expect(ids?.type).toBe("'badId' | 'denied' | 'notFound' | SystemErrorId")
    expect(codes?.type).toBe("'' | 'ERROR_CORE' | SystemErrorCode")
    expect(error?.type).toBe('B24ApiError<DemoItemDeleteErrorId>')
  })
})
