/**
 * New output folders are built out of sight while the emitters run and appear whole at the end;
 * a failed run leaves nothing, and a killed run's staging folder is removed by the next run.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createWorkspace, readTree, removeWorkspace } from '../test/workspace.js'
import { defineConfig } from './config.js'
import { defineEmitter, type Emitter } from './emitter.js'
import { toKebabName } from './naming.js'
import { runGenerator } from './run-generator.js'
import { getStagingPath } from './staged-output.js'

const first = defineEmitter({
  name: 'first',
  outputs: ['out/first'],
  emit: (ctx) =>
    ctx.specs.methods.map(({ file, spec }) => ctx.emitText(`out/first/${toKebabName(spec.method)}.txt`, `${spec.method}\n`, file)),
})

/** What the second emitter saw of the first one's folder while it ran. */
interface Seen {
  finalFolder: boolean
  stagedFile: boolean
}

/**
 * An emitter that looks at the first one's output while it runs: the folder must not exist yet,
 * and (`waitForStaged`) its staged copy must be written meanwhile: it waits for the staged file,
 * with no time bound, so a run that wrote it only after the emitters would never finish (the
 * test's timeout fails it). Without `waitForStaged` it looks once.
 */
function createWatcher(root: string, seen: Seen[], options: { fail?: boolean; waitForStaged?: boolean } = {}): Emitter {
  const { fail = false, waitForStaged = true } = options
  return defineEmitter({
    name: 'watcher',
    outputs: ['out/watcher'],
    emit: async (ctx) => {
      const staged = join(getStagingPath(join(root, 'out/first')), 'crm-contact-delete.txt')
      while (waitForStaged && !existsSync(staged)) await new Promise((resolve) => setTimeout(resolve, 2))
      seen.push({ finalFolder: existsSync(join(root, 'out/first')), stagedFile: existsSync(staged) })
      if (fail) throw new Error('watcher failed on purpose')
      return [ctx.emitText('out/watcher/seen.txt', 'seen\n', 'specs')]
    },
  })
}

let root: string
beforeEach(async () => {
  root = await createWorkspace()
  for (const name of await readdir(join(root, 'specs'))) {
    if (name.endsWith('.ts') && name !== 'crm.contact.delete.ts' && name !== 'crm.contact.add.ts') await rm(join(root, 'specs', name))
  }
  await mkdir(join(root, 'out'))
})
afterEach(async () => {
  await removeWorkspace(root)
})

describe('staged output folders', { timeout: 120_000 }, () => {
  it('are written while later emitters run, out of sight, and renamed into place at the end', async () => {
    const seen: Seen[] = []
    const report = await runGenerator({ root, config: defineConfig({ specs: 'specs', emitters: [first, createWatcher(root, seen)] }) })
    expect(seen).toEqual([{ finalFolder: false, stagedFile: true }])
    expect([...(await readTree(root, 'out')).keys()].sort()).toEqual([
      'out/first/crm-contact-add.txt',
      'out/first/crm-contact-delete.txt',
      'out/watcher/seen.txt',
    ])
    expect(await readdir(join(root, 'out'))).toEqual(['first', 'watcher'])
    expect(report.plan.changed).toHaveLength(3)
    expect(await readFile(join(root, 'out/first/crm-contact-delete.txt'), 'utf8')).toMatch(/\ncrm\.contact\.delete\n$/)
  })

  it('are removed when an emitter fails: nothing appears', async () => {
    const seen: Seen[] = []
    const config = defineConfig({ specs: 'specs', emitters: [first, createWatcher(root, seen, { fail: true })] })
    await expect(runGenerator({ root, config })).rejects.toThrow('watcher failed on purpose')
    expect(seen).toEqual([{ finalFolder: false, stagedFile: true }])
    expect(await readdir(join(root, 'out'))).toEqual([])
  })

  it('left by a killed run are removed by the next run', async () => {
    const leftover = getStagingPath(join(root, 'out/first'), 999_999)
    await mkdir(join(leftover, 'deep'), { recursive: true })
    await writeFile(join(leftover, 'deep/half-written.txt'), 'half')
    await runGenerator({ root, config: defineConfig({ specs: 'specs', emitters: [first] }) })
    expect(await readdir(join(root, 'out'))).toEqual(['first'])
  })

  it('of a run still at work (another process) are left alone', async () => {
    // The parent process runs as long as this test does: its staging folder is not a leftover.
    const busy = getStagingPath(join(root, 'out/first'), process.ppid)
    await mkdir(busy, { recursive: true })
    await runGenerator({ root, config: defineConfig({ specs: 'specs', emitters: [first] }) })
    expect((await readdir(join(root, 'out'), { withFileTypes: true })).map((e) => e.name).sort()).toEqual(
      ['first', `.first.b24kit-staging-${process.ppid}`].sort(),
    )
  })

  it('are not used for a folder that exists: it is planned and written file by file', async () => {
    await mkdir(join(root, 'out/first'))
    await writeFile(join(root, 'out/first/stale.txt'), 'stale\n')
    const seen: Seen[] = []
    const watcher = createWatcher(root, seen, { waitForStaged: false })
    const report = await runGenerator({ root, config: defineConfig({ specs: 'specs', emitters: [first, watcher] }) })
    expect(seen).toEqual([{ finalFolder: true, stagedFile: false }])
    expect(report.plan.stale).toEqual(['out/first/stale.txt'])
    expect([...(await readTree(root, 'out/first')).keys()].sort()).toEqual([
      'out/first/crm-contact-add.txt',
      'out/first/crm-contact-delete.txt',
    ])
  })
})
