import type { MethodSpec } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { createEmitContext } from '../../emit-context.js'
import type { IndexChanges } from '../../emitter.js'
import { createTsProject } from '../../ts-project.js'
import { loadSmallSpecs } from './__fixtures__/small-specs.js'
import { mockEmitter } from './emitter.js'
import { printMockRow } from './methods.js'

const set = loadSmallSpecs()
const path = 'out/mock/methods.ts'

/** The methods file after `edit` changed the first method, patched from the file before and built whole. */
async function emitBothWays(edit: (spec: MethodSpec) => MethodSpec): Promise<{ patched?: string; whole?: string; read: string[] }> {
  const emitter = mockEmitter({ outDir: 'out/mock' })
  const project = createTsProject()
  const before = await emitter.emit(createEmitContext('mock', set, project))
  const first = set.methods[0]!
  const methods = set.methods.map((m) => (m === first ? { ...m, spec: edit(m.spec) } : m))
  const after = createEmitContext('mock', { ...set, methods }, project)
  const read: string[] = []
  const summaries = new Map(methods.map((m) => [m.file, printMockRow(m.spec)]))
  const tracked = new Map(summaries)
  tracked.get = (file: string) => {
    read.push(file)
    return summaries.get(file)
  }
  const changes: IndexChanges = {
    changed: [first.file],
    readPreviousSummary: (file) => (file === first.file ? printMockRow(first.spec) : undefined),
    readPrevious: (name) => before.find((f) => f.path === name)?.content,
  }
  const patched = (await emitter.emitIndex!(after, tracked, changes)).find((f) => f.path === path)?.content
  const whole = (await emitter.emit(after)).find((f) => f.path === path)?.content
  return { patched, whole, read }
}

describe('patching the mock methods table', () => {
  it("replaces a changed method's row, reading no other row, as building the table would", async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({
      ...spec,
      errors: spec.errors.map((row, i) => (i === 0 ? { ...row, text: `${row.text} (edited)` } : row)),
    }))
    expect(patched).toContain('(edited)')
    expect(patched).toBe(whole)
    expect(read).toEqual([set.methods[0]!.file])
  })

  it('builds the table whole when the row is not found as it was printed', async () => {
    const { patched, whole, read } = await emitBothWays((spec) => ({ ...spec, method: `${spec.method}x` }))
    expect(patched).toBe(whole)
    expect(read.length).toBeGreaterThan(1)
  })
})
