/**
 * Where emitters run: on a second thread (the emit worker) the output, the caches and the errors
 * are the core's own. `emitThreads: 'worker'` pins every emitter to the worker, so these tests do
 * not depend on which thread wins the race for an emitter.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createWorkspace, readTree, removeWorkspace } from '../test/workspace.js'
import type { CodegenConfig } from './config.js'
import { chooseEmitWorker, type GenerateOptions, runGenerator, workerMethods } from './run-generator.js'
import { bundleEmitWorker, getEmitWorkerFile } from './worker-bundle.js'

const fixtures = join(import.meta.dirname, '../test/fixtures/threads')
const configFile = join(fixtures, 'config.ts')
const failingFile = join(fixtures, 'failing-config.ts')
const metaFile = join(fixtures, 'meta-config.ts')
const exitingFile = join(fixtures, 'exiting-config.ts')

async function loadConfig(file: string): Promise<CodegenConfig> {
  return ((await import(file)) as { default: CodegenConfig }).default
}

const made: string[] = []
afterEach(async () => {
  for (const root of made.splice(0)) await removeWorkspace(root)
})

/** A workspace with a few specs (enough for several methods per emitter, few enough to be quick). */
async function createSmallWorkspace(): Promise<string> {
  const root = await createWorkspace()
  made.push(root)
  const names = (await readdir(join(root, 'specs'))).filter((n) => n.endsWith('.ts')).sort()
  for (const name of names.slice(6)) await rm(join(root, 'specs', name))
  // The output folders' parent exists, as packages/ does in a repository: new folders are staged.
  await mkdir(join(root, 'out'))
  return root
}

async function generate(root: string, file: string, options: Partial<GenerateOptions> = {}) {
  return runGenerator({ root, config: await loadConfig(file), configFile: file, ...options })
}

describe('the emit worker', { timeout: 120_000 }, () => {
  it('writes what the core writes, and saves its caches so the next run serves every method', async () => {
    const onWorker = await createSmallWorkspace()
    const onCore = await createSmallWorkspace()
    const report = await generate(onWorker, configFile, { emitThreads: 'worker' })
    expect(report.timings.filter((t) => t.worker).map((t) => t.name)).toEqual(['list', 'split'])
    await generate(onCore, configFile, { emitThreads: 'core' })
    const worker = await readTree(onWorker, 'out')
    const core = await readTree(onCore, 'out')
    expect(worker.size).toBe(2 * 6 + 2)
    expect([...worker.keys()].sort()).toEqual([...core.keys()].sort())
    for (const [path, text] of core) expect(worker.get(path), path).toBe(text)
    // The report's files carry the text the worker emitted (read back once written).
    expect(report.files.find((f) => f.path === 'out/split/index.txt')?.content).toBe(core.get('out/split/index.txt'))

    // A run with nothing changed but one output removed: every method of the split emitter from
    // the cache the worker saved.
    await rm(join(onWorker, 'out/list'), { recursive: true })
    const again = await generate(onWorker, configFile, { emitThreads: 'worker' })
    expect(again.timings.find((t) => t.name === 'split')).toMatchObject({ cached: 6, worker: true })
    expect(again.plan.changed.map((f) => f.path).every((p) => p.startsWith('out/list/'))).toBe(true)
  })

  it('fails the run with the emitter error an in-process run gives, and writes nothing', async () => {
    const onWorker = await createSmallWorkspace()
    const onCore = await createSmallWorkspace()
    const inProcess = await generate(onCore, failingFile, { emitThreads: 'core' }).catch((error: unknown) => error)
    const inWorker = await generate(onWorker, failingFile, { emitThreads: 'worker' }).catch((error: unknown) => error)
    expect(inProcess).toBeInstanceOf(Error)
    expect((inWorker as Error).message).toBe((inProcess as Error).message)
    expect((inWorker as Error).name).toBe('TypeError')
    // Nothing visible, nothing staged left behind (the list emitter's folder was being staged).
    expect(await readdir(join(onWorker, 'out'))).toEqual([])
    expect(await readdir(join(onCore, 'out'))).toEqual([])
  })

  it('with emitThreads auto, is not started for a run the last run left little to do, nor in check mode', async () => {
    const root = await createSmallWorkspace()
    const cold = await generate(root, configFile, { emitThreads: 'auto' })
    expect(cold.wrote).toBe(true)
    await rm(join(root, 'out/list'), { recursive: true })
    const warm = await generate(root, configFile, { emitThreads: 'auto' })
    expect(warm.timings.some((t) => t.worker)).toBe(false)
    const check = await generate(root, configFile, { check: true, emitThreads: 'auto' })
    expect(check.timings.some((t) => t.worker)).toBe(false)
  })

  it('runs from a bundle of the config, or through tsx where a module outside the generator reads import.meta', async () => {
    const bundled = await bundleEmitWorker(getEmitWorkerFile(), configFile, ['source'])
    expect(bundled?.code).toContain('serveEmitWorker')
    expect(await bundleEmitWorker(getEmitWorkerFile(), metaFile, ['source'])).toBeUndefined()
    const onWorker = await createSmallWorkspace()
    const onCore = await createSmallWorkspace()
    const report = await generate(onWorker, metaFile, { emitThreads: 'worker' })
    expect(report.timings.filter((t) => t.worker).map((t) => t.name)).toEqual(['list', 'split'])
    await generate(onCore, metaFile, { emitThreads: 'core' })
    expect(await readTree(onWorker, 'out')).toEqual(await readTree(onCore, 'out'))
  })

  it('fails a run on the worker alone whose worker died as it started, instead of waiting on it', async () => {
    const root = await createSmallWorkspace()
    await expect(generate(root, exitingFile, { emitThreads: 'worker' })).rejects.toThrow(/the emit worker exited \(code 3\)/)
    expect(await readdir(join(root, 'out'))).toEqual([])
  })

  it('needs the config file to run every emitter on the worker', async () => {
    const root = await createSmallWorkspace()
    await expect(runGenerator({ root, config: await loadConfig(configFile), emitThreads: 'worker' })).rejects.toThrow(/needs configFile/)
  })
})

describe('chooseEmitWorker', () => {
  const cold = { check: false, manifest: false, specs: () => workerMethods }
  it('asks for the worker in auto mode only for a cold run of many specs, not in check mode', () => {
    expect(chooseEmitWorker('auto', cold)).toBe(true)
    expect(chooseEmitWorker('auto', { ...cold, specs: () => workerMethods - 1 })).toBe(false)
    expect(chooseEmitWorker('auto', { ...cold, manifest: true })).toBe(false)
    expect(chooseEmitWorker('auto', { ...cold, check: true })).toBe(false)
  })

  it('always for worker, never for core, and counts the specs only when the rest holds', () => {
    const uncounted = () => {
      throw new Error('counted')
    }
    expect(chooseEmitWorker('worker', { ...cold, manifest: true, specs: uncounted })).toBe(true)
    expect(chooseEmitWorker('core', { ...cold, specs: uncounted })).toBe(false)
    expect(chooseEmitWorker('auto', { ...cold, manifest: true, specs: uncounted })).toBe(false)
  })
})
