/** planOutput: what the core knows of a file spares reading it, either way; what it does not know is read. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyOutput, planOutput } from './write-output.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'b24kit-plan-'))
  await mkdir(join(root, 'out/sub'), { recursive: true })
  await writeFile(join(root, 'out/a.ts'), 'same\n')
  await writeFile(join(root, 'out/sub/b.ts'), 'same\n')
  await writeFile(join(root, 'out/stale.ts'), 'gone\n')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const produced = [
  { path: 'out/a.ts', content: 'same\n' },
  { path: 'out/sub/b.ts', content: 'same\n' },
  { path: 'out/new.ts', content: 'new\n' },
]
const paths = (files: readonly { path: string }[]) => files.map((f) => f.path)

describe('planOutput', () => {
  it('reads and compares a file nobody vouches for, lists stale files in nested folders, and writes new ones', async () => {
    const plan = await planOutput(root, produced, ['out'])
    expect(paths(plan.changed)).toEqual(['out/new.ts'])
    expect(plan.stale).toEqual(['out/stale.ts'])
    expect([...(plan.created ?? [])]).toEqual(['out/new.ts'])
    expect(plan.unchanged).toBe(2)
  })

  it('takes the core at its word: a file known to differ is written though the disk holds the same text', async () => {
    // a.ts holds the produced text, so only an answer taken without reading it can call it changed.
    const known = new Map<string, boolean>([
      ['out/a.ts', false],
      ['out/sub/b.ts', true],
    ])
    const plan = await planOutput(root, produced, ['out'], (path) => known.get(path))
    expect(paths(plan.changed)).toEqual(['out/a.ts', 'out/new.ts'])
    expect(plan.unchanged).toBe(1)
  })

  it('reads a file when the core does not know, and finds one edited since', async () => {
    await writeFile(join(root, 'out/sub/b.ts'), 'edited\n')
    const plan = await planOutput(root, produced, ['out'], () => undefined)
    expect(paths(plan.changed)).toEqual(['out/sub/b.ts', 'out/new.ts'])
  })

  it('applyOutput writes the bytes the core kept for a file, created or replaced, and its text otherwise', async () => {
    const plan = await planOutput(root, [{ path: 'out/a.ts', content: 'new a\n' }, ...produced.slice(1)], ['out'])
    const kept = new Map([
      ['out/a.ts', new TextEncoder().encode('а из байтов\n')],
      ['out/new.ts', new TextEncoder().encode('new из байтов\n')],
    ])
    await applyOutput(root, plan, (path) => kept.get(path))
    expect(await readFile(join(root, 'out/a.ts'), 'utf8')).toBe('а из байтов\n')
    expect(await readFile(join(root, 'out/new.ts'), 'utf8')).toBe('new из байтов\n')
    await applyOutput(root, { changed: [{ path: 'out/sub/b.ts', content: 'text\n' }], stale: ['out/stale.ts'], unchanged: 0 })
    expect(await readFile(join(root, 'out/sub/b.ts'), 'utf8')).toBe('text\n')
    await expect(readFile(join(root, 'out/stale.ts'))).rejects.toThrow()
  })
})
