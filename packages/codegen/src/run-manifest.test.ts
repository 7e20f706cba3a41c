/** The run manifest: a run with nothing changed emits nothing; any change on disk or in a spec is caught. */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import config from '../../../b24kit.config.js'
import { createWorkspace, removeWorkspace } from '../test/workspace.js'
import type { CodegenConfig } from './config.js'
import type { Emitter } from './emitter.js'
import { runGenerator } from './run-generator.js'

let root: string
beforeEach(async () => {
  root = await createWorkspace()
})
afterEach(async () => {
  await removeWorkspace(root)
})

/** The real config with every emitter's index counted, to see whether a run emitted at all. */
function countingConfig(): { config: CodegenConfig; calls: () => number } {
  let calls = 0
  const emitters = config.emitters.map((e): Emitter => {
    const { emitIndex } = e
    const counted: Emitter = {
      ...e,
      emit: (ctx) => {
        calls++
        return e.emit(ctx)
      },
    }
    if (emitIndex)
      counted.emitIndex = (ctx) => {
        calls++
        return emitIndex(ctx)
      }
    return counted
  })
  return { config: { ...config, emitters }, calls: () => calls }
}

const methodFile = 'packages/client/src/generated/methods/crm-contact-delete.ts'

describe('the run manifest', () => {
  it('makes a run with nothing changed emit, compare and write nothing', async () => {
    const { config: counted, calls } = countingConfig()
    const first = await runGenerator({ root, config: counted })
    expect(first.upToDate).toBeUndefined()
    const before = calls()
    const again = await runGenerator({ root, config: counted })
    expect(again.upToDate).toBe(true)
    expect(calls()).toBe(before)
    expect(again.plan).toEqual({ changed: [], stale: [], unchanged: first.files.length })
    expect(again.timings.filter((t) => t.name !== 'load specs' && t.name !== 'up to date').map((t) => [t.name, t.files])).toEqual(
      config.emitters.map((e) => [e.name, first.timings.find((t) => t.name === e.name)?.files]),
    )
  })

  it.each([
    ['a hand-edited output', async () => writeFile(join(root, methodFile), '// edited by hand\n')],
    ['a deleted output', async () => rm(join(root, methodFile))],
    ['a file added to an output folder', async () => writeFile(join(root, 'packages/client/src/generated/stray.ts'), 'x\n')],
  ])('repairs %s on the next run', async (_, change) => {
    const first = await runGenerator({ root, config })
    const original = first.files.find((f) => f.path === methodFile)?.content
    await change()
    const next = await runGenerator({ root, config })
    expect(next.upToDate).toBeUndefined()
    expect(await readFile(join(root, methodFile), 'utf8')).toBe(original)
    expect((await runGenerator({ root, config, check: true })).plan).toMatchObject({ changed: [], stale: [] })
  })

  it('emits again when a spec changes', async () => {
    await runGenerator({ root, config })
    const spec = join(root, 'specs/crm.contact.delete.ts')
    await writeFile(spec, (await readFile(spec, 'utf8')).replace("text: 'Access denied.'", "text: 'Access denied here.'"))
    const next = await runGenerator({ root, config })
    expect(next.upToDate).toBeUndefined()
    expect(next.plan.changed.map((f) => f.path)).toContain(methodFile)
  })
})

describe('the run manifest without loading specs', () => {
  const loaded = (report: Awaited<ReturnType<typeof runGenerator>>) => report.timings.some((t) => t.name === 'load specs')

  it('skips loading the specs when no spec file changed, and loads them after a comment-only edit', async () => {
    const first = await runGenerator({ root, config })
    expect(loaded(first)).toBe(true)
    const again = await runGenerator({ root, config })
    expect(again).toMatchObject({ upToDate: true, methods: first.methods })
    expect(loaded(again)).toBe(false)

    const spec = join(root, 'specs/crm.contact.delete.ts')
    await writeFile(spec, `// a comment changes the bytes, not the spec\n${await readFile(spec, 'utf8')}`)
    const commented = await runGenerator({ root, config })
    expect(commented.upToDate).toBe(true)
    expect(loaded(commented)).toBe(true)
    const after = await runGenerator({ root, config })
    expect(after.upToDate).toBe(true)
    expect(loaded(after)).toBe(false)
  })
})
