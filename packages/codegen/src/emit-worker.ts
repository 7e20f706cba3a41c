/**
 * The emit worker's thread (parallel-emit.ts starts it and calls serveEmitWorker, from a bundle of
 * this module and the config, worker-bundle.ts, or through tsx). It loads the config as the core
 * did while the core loads the specs, then takes emitters from the shared counter
 * until none is left, sending each one's files back as bytes (handed over, not copied) with their
 * hashes. It keeps the output caches of the emitters it ran and saves them when the core says
 * every emitter succeeded. A config that does not match the core's is not used: the worker then
 * takes nothing and the core emits everything.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { CodegenConfig } from './config.js'
import { type CachedRun, runEmitter } from './emit-cached.js'
import { type OutputCache, primeGeneratorHash } from './output-cache.js'
import { byWorker, slot, type WireFile, type WorkerReply, type WorkerRun, type WorkerStart } from './parallel-emit.js'
import { StampBook } from './run-manifest.js'
import { createTsProject } from './ts-project.js'

const start = workerData as WorkerStart
const port = parentPort as NonNullable<typeof parentPort>

function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
  return { name: 'Error', message: String(error) }
}

/** The config module as imported (its default export is the config). */
type ConfigModule = { default?: CodegenConfig }

/** The config's emitters, or undefined when they are not the core's (names and folders, in order). */
async function loadEmitters(importConfig: () => Promise<ConfigModule>): Promise<CodegenConfig['emitters'] | undefined> {
  let reason: string
  try {
    const config = (await importConfig()).default
    if (!config) throw new Error('no default export')
    const same =
      config.emitters.length === start.emitters.length &&
      config.emitters.every((e, i) => e.name === start.emitters[i]?.name && e.outputs.join('\n') === start.emitters[i]?.outputs.join('\n'))
    if (same) return config.emitters
    reason = `${start.configUrl} does not declare the emitters the run was given`
  } catch (error) {
    reason = `${start.configUrl} did not load: ${describeError(error).message}`
  }
  port.postMessage({ type: 'unavailable', reason } satisfies WorkerReply)
  return undefined
}

type Ready = Promise<{ emitters: CodegenConfig['emitters'] | undefined; printer: ReturnType<typeof createTsProject> | undefined }>
const caches: OutputCache[] = []
let finished: Promise<void> = Promise.resolve()

async function runShare(job: WorkerRun, ready: Ready): Promise<void> {
  const { emitters, printer } = await ready
  if (!emitters || !printer) return
  // A bundled worker has no module URL to hash the generator's sources from: the core's hash is the same.
  if (job.generatorHash !== undefined) primeGeneratorHash(job.generatorHash)
  const claims = new Int32Array(job.claims)
  const run: CachedRun = {
    root: start.root,
    keys: new Map(job.keys),
    book: StampBook.from(job.manifest, start.root),
    hashes: new Map(),
    reused: new Set(),
    bytes: new Map(),
  }
  const bytes = run.bytes as Map<string, Uint8Array>
  while (Atomics.load(claims, slot.stop) === 0) {
    const index = Atomics.add(claims, slot.next, 1)
    if (index >= emitters.length) return
    Atomics.store(claims, slot.owners + index, byWorker)
    const emitter = emitters[index] as CodegenConfig['emitters'][number]
    try {
      const output = await runEmitter(emitter, job.specs, printer, job.cacheDir, run)
      if (output.cache) caches.push(output.cache)
      const files: WireFile[] = output.files.map((file) => {
        const hash = run.hashes.get(file.path) as string
        const data = run.reused.has(file.path) ? undefined : bytes.get(file.path)
        return data ? { path: file.path, hash, bytes: data } : { path: file.path, hash }
      })
      bytes.clear()
      const reply: WorkerReply = {
        type: 'result',
        index,
        files,
        ms: output.ms,
        ...(output.hits === undefined ? {} : { hits: output.hits }),
      }
      port.postMessage(
        reply,
        files.flatMap((f) => (f.bytes ? [f.bytes.buffer as ArrayBuffer] : [])),
      )
    } catch (error) {
      Atomics.store(claims, slot.stop, 1)
      port.postMessage({ type: 'failed', index, error: describeError(error) } satisfies WorkerReply)
      return
    }
  }
}

/** Serves the core: loads the config with `importConfig`, then runs its share of each run it is sent. */
export function serveEmitWorker(importConfig: () => Promise<ConfigModule>): void {
  const ready: Ready = loadEmitters(importConfig).then((emitters) => ({ emitters, printer: emitters ? createTsProject() : undefined }))
  port.on('message', (message: WorkerRun | { type: 'save' }) => {
    if (message.type === 'run') finished = runShare(message, ready)
    else
      finished = finished
        .then(() => Promise.all(caches.map((cache) => cache.save())))
        .then(
          () => port.postMessage({ type: 'saved' } satisfies WorkerReply),
          (error: unknown) => port.postMessage({ type: 'saved', error: describeError(error) } satisfies WorkerReply),
        )
  })
}
