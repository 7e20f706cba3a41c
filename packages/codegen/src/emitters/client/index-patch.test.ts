import { describe, expect, it } from 'vitest'
import { emitIndexBothWays } from '../../../test/index-patch.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { clientEmitter } from './emitter.js'

const set = loadSmallSpecs()
const emitBothWays = (edit: Parameters<typeof emitIndexBothWays>[3]) =>
  emitIndexBothWays(clientEmitter({ outDir: 'out/client' }), set, 'out/client/index.ts', edit)

describe('patching the client index', () => {
  it("replaces a changed method's tree members, reading no other method, as building the index would", async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({ ...spec, summary: { ...spec.summary, en: 'Removes it for good' } }))
    expect(patched).toContain('Removes it for good')
    expect(patched).toBe(whole)
    expect(read).toEqual([set.methods[0]?.file])
  })

  it('builds the index whole when a method stops being a delete', async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({ ...spec, operation: { kind: 'example' } }) as typeof spec)
    expect(patched).toBe(whole)
    expect(read.length).toBeGreaterThan(1)
  })
})
