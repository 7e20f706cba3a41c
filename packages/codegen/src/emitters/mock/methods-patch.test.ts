import { describe, expect, it } from 'vitest'
import { emitIndexBothWays } from '../../../test/index-patch.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { mockEmitter } from './emitter.js'

const set = loadSmallSpecs()
const emitBothWays = (edit: Parameters<typeof emitIndexBothWays>[3]) =>
  emitIndexBothWays(mockEmitter({ outDir: 'out/mock' }), set, 'out/mock/methods.ts', edit)

describe('patching the mock methods table', () => {
  it("replaces a changed method's row, reading no other row, as building the table would", async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({
      ...spec,
      errors: spec.errors.map((row, i) => (i === 0 ? { ...row, text: `${row.text} (edited)` } : row)),
    }))
    expect(patched).toContain('(edited)')
    expect(patched).toBe(whole)
    expect(read).toEqual([set.methods[0]?.file])
  })

  it('builds the table whole when the row is not found as it was printed', async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({ ...spec, method: `${spec.method}x` }))
    expect(patched).toBe(whole)
    expect(read.length).toBeGreaterThan(1)
  })
})
