/**
 * Runs the config's emitters, on the core's thread and, when asked (`emitThreads`), on a second
 * one: an emit worker (emit-worker.ts) started while the specs load, so its startup (a bundle of
 * the config's emitters evaluated, ts-morph loaded) costs no wait. Both take the next emitter from one
 * shared counter, so the faster takes more and neither waits for the other's share. Results are
 * handed to the core in config order, so its checks and its first error are the ones an
 * in-process run gives; an emitter that throws in the worker fails the run with its message.
 */
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SpecSet } from '@b24kit/spec'
import { type CachedRun, type EmitterOutput, readOnDemand, runEmitter } from './emit-cached.js'
import type { Emitter, GeneratedFile } from './emitter.js'
import { getGeneratorHash } from './output-cache.js'
import type { Manifest } from './run-manifest.js'
import { unwrapLazyValue } from './spec-cache.js'
import type { TsPrinter } from './ts-project.js'
import { bundleEmitWorker, getEmitWorkerFile } from './worker-bundle.js'

/** What the worker is started with: where the config is, and what it must hold to be used. */
export interface WorkerStart {
  configUrl: string
  root: string
  /** Each emitter's name and folders, in config order: the worker's import of the config must match. */
  emitters: { name: string; outputs: string[] }[]
}

/** The run the worker joins: the validated specs and what a cached emitter needs. */
export interface WorkerRun {
  type: 'run'
  specs: SpecSet
  keys: [file: string, key: string | undefined][]
  cacheDir: string | undefined
  manifest: Manifest | undefined
  /** The hash of the generator's sources (the output caches' scope), when the run caches. */
  generatorHash?: string
  /** Int32Array: [next emitter to take, stop flag, then who took each emitter (1 core, 2 worker)]. */
  claims: SharedArrayBuffer
}

/** One file as the worker sends it: new text as bytes, or a reused file by path and hash only. */
export interface WireFile {
  path: string
  hash: string
  bytes?: Uint8Array
}

/** What the worker answers. */
export type WorkerReply =
  | { type: 'result'; index: number; files: WireFile[]; ms: number; hits?: number }
  | { type: 'failed'; index: number; error: { name: string; message: string; stack?: string } }
  | { type: 'saved'; error?: { name: string; message: string; stack?: string } }
  /** The worker could not import the config, or it is not the core's: it takes no emitter. */
  | { type: 'unavailable'; reason: string }

/** The shared claims array: its slots, and who took an emitter (0: nobody yet). */
export const slot = { next: 0, stop: 1, owners: 2 } as const
const byCore = 1
/** Marks an emitter the worker took. */
export const byWorker = 2

/** An error sent across threads, as an Error with the same name, message and stack. */
export function reviveError(sent: { name: string; message: string; stack?: string }): Error {
  const error = new Error(sent.message)
  error.name = sent.name
  if (sent.stack) error.stack = sent.stack
  return error
}

type Settled = { ok: true; output: EmitterOutput } | { ok: false; error: unknown }

/** A second thread that runs some of the emitters. */
export class EmitWorker {
  readonly #worker: Worker
  readonly #root: string
  #onReply: ((reply: WorkerReply) => void) | undefined
  /** Whether the worker ran any emitter (it then holds output caches to save). */
  #ran = false
  #crashed: unknown
  #onCrash: ((error: unknown) => void) | undefined

  private constructor(worker: Worker, root: string) {
    this.#worker = worker
    this.#root = root
    worker.on('message', (reply: WorkerReply) => this.#onReply?.(reply))
    const crash = (error: unknown) => {
      this.#crashed ??= error
      this.#onCrash?.(this.#crashed)
    }
    worker.on('error', crash)
    worker.on('exit', (code) => crash(new Error(`the emit worker exited (code ${code}) before it finished`)))
    // Until the core waits on it, the worker keeps no process alive (a run that fails first).
    worker.unref()
  }

  /**
   * Starts a worker that loads `configFile` (a path or file URL) as the core did, or returns
   * undefined when no core is free: on a one-core machine, or while the last minute's load leaves
   * none idle (as make's --load-average does): on the 2-core bench machine under load, cold runs
   * with the worker were no faster, its emitters and the core's each about twice as slow.
   * `force` starts it anyway. It runs a bundle of its module and the config (worker-bundle.ts), or,
   * when that cannot be built, imports them through tsx: its startup costs ~0.7 s of CPU bundled
   * (ts-morph half of it), ~1.5 s through tsx, and overlaps the specs' loading.
   */
  static async start(configFile: string, root: string, emitters: readonly Emitter[], force = false): Promise<EmitWorker | undefined> {
    const cores = availableParallelism()
    if (!force && (cores < 2 || (loadavg()[0] ?? 0) > cores - 0.5)) return undefined
    const configUrl = configFile.startsWith('file:') ? configFile : pathToFileURL(configFile).href
    const start: WorkerStart = { configUrl, root, emitters: emitters.map((e) => ({ name: e.name, outputs: [...e.outputs] })) }
    const entry = getEmitWorkerFile()
    const fromSources = entry.endsWith('.ts')
    const bundle = await bundleEmitWorker(entry, fileURLToPath(configUrl), fromSources ? ['source'] : [])
    // Without a bundle, a worker run from sources registers tsx itself: loader hooks registered by
    // --import do not reach a worker thread on Node 20.
    let tsx: string | undefined
    if (!bundle && fromSources) {
      try {
        tsx = import.meta.resolve('tsx/esm/api')
      } catch {
        tsx = undefined
      }
    }
    // A bundle that throws as it loads (the config does) leaves the worker to import the config
    // the other way, which reports why it cannot be used.
    const boot = `(async () => {
      const { workerData } = await import('node:worker_threads')
      if (workerData.bundle) {
        const { createRequire } = await import('node:module')
        const { code, file } = workerData.bundle
        const module = { exports: {} }
        try {
          new Function('module', 'exports', 'require', '__filename', '__dirname', code)(module, module.exports, createRequire(file), file, workerData.root)
          return
        } catch {}
      }
      if (workerData.tsx) (await import(workerData.tsx)).register()
      const { serveEmitWorker } = await import(workerData.entry)
      serveEmitWorker(() => import(workerData.configUrl))
    })()`
    const worker = new Worker(boot, { eval: true, workerData: { ...start, entry: pathToFileURL(entry).href, tsx, bundle } })
    return new EmitWorker(worker, fileURLToPath(pathToFileURL(root)))
  }

  /**
   * Emits every emitter with the worker: each result is passed to `accept` in config order (which
   * may throw: the run stops there). Returns the core's own output caches; the worker's are saved
   * by `save`.
   */
  async emit(job: EmitJob, accept: (emitter: Emitter, output: EmitterOutput) => void, coreEmits = true): Promise<void> {
    const n = job.emitters.length
    const claims = new Int32Array(new SharedArrayBuffer(4 * (slot.owners + n)))
    const results = Array.from({ length: n }, () => createDeferred<Settled>())
    this.#onReply = (reply) => {
      if (reply.type === 'result') {
        this.#ran = true
        results[reply.index]?.resolve({ ok: true, output: this.#receive(reply, job.run) })
      } else if (reply.type === 'failed') {
        results[reply.index]?.resolve({ ok: false, error: reviveError(reply.error) })
      } else if (reply.type === 'unavailable' && !coreEmits) {
        fail(new Error(`the emit worker could not use the config: ${reply.reason}`))
      }
    }
    // A worker that dies fails what it took (and, when the core emits nothing, everything).
    const fail = (error: unknown) => {
      Atomics.store(claims, slot.stop, 1)
      for (let i = 0; i < n; i++) if (Atomics.load(claims, slot.owners + i) !== byCore) results[i]?.resolve({ ok: false, error })
    }
    this.#onCrash = fail
    // A worker that died before this run (as it started) takes nothing: the core emits everything,
    // or, when it emits nothing, the run fails with the reason instead of waiting on it.
    if (this.#crashed !== undefined) {
      if (!coreEmits) fail(this.#crashed)
    } else {
      const message: WorkerRun = {
        type: 'run',
        // Specs from the spec cache are proxies that parse on first use: the worker gets their values.
        specs: {
          shared: unwrapLazyValue(job.specs.shared),
          methods: job.specs.methods.map((m) => ({ file: m.file, spec: unwrapLazyValue(m.spec) })),
        },
        keys: [...job.keys],
        cacheDir: job.cacheDir,
        manifest: job.manifest,
        ...(job.cacheDir ? { generatorHash: await getGeneratorHash() } : {}),
        claims: claims.buffer as SharedArrayBuffer,
      }
      this.#worker.postMessage(message)
    }
    this.#worker.ref()
    try {
      await runClaims(job, claims, results, accept, coreEmits)
    } finally {
      this.#worker.unref()
    }
  }

  /** Turns the worker's files into the core's: reused ones read on demand, new ones decoded on demand. */
  #receive(reply: Extract<WorkerReply, { type: 'result' }>, run: CachedRun | undefined): EmitterOutput {
    const files: GeneratedFile[] = reply.files.map((wire) => {
      run?.hashes.set(wire.path, wire.hash)
      if (!wire.bytes) {
        run?.reused.add(wire.path)
        return readOnDemand(this.#root, wire.path)
      }
      run?.bytes?.set(wire.path, wire.bytes)
      return decodeOnDemand(this.#root, wire.path, wire.bytes)
    })
    return { files, ms: reply.ms, worker: true, ...(reply.hits === undefined ? {} : { hits: reply.hits }) }
  }

  /** Asks the worker to save the output caches of the emitters it ran (once every emitter succeeded). */
  async save(): Promise<void> {
    // A worker that took nothing (it may still be starting) has nothing to save: no wait for it.
    if (!this.#ran) return
    const saved = new Promise<void>((resolve, reject) => {
      this.#onReply = (reply) => {
        if (reply.type !== 'saved') return
        if (reply.error) reject(reviveError(reply.error))
        else resolve()
      }
      this.#onCrash = reject
    })
    this.#worker.postMessage({ type: 'save' })
    this.#worker.ref()
    await saved.finally(() => this.#worker.unref())
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    this.#onCrash = undefined
    this.#worker.removeAllListeners('exit')
    await this.#worker.terminate()
  }
}

const decoder = new TextDecoder()

/**
 * A file the worker emitted, its text decoded only if somebody asks. Staged files' bytes move on
 * to the writer thread (they are then empty here): their text is read back from where they landed.
 */
function decodeOnDemand(root: string, path: string, bytes: Uint8Array): GeneratedFile {
  const length = bytes.byteLength
  let text: string | undefined
  return {
    path,
    get content() {
      text ??= bytes.byteLength === length ? decoder.decode(bytes) : readOnDemand(root, path).content
      return text
    },
  }
}

/** One run's emitting: the emitters, the specs and what a cached emitter needs. */
export interface EmitJob {
  emitters: readonly Emitter[]
  specs: SpecSet
  printer: TsPrinter
  cacheDir: string | undefined
  run: CachedRun | undefined
  keys: ReadonlyMap<string, string | undefined>
  manifest: Manifest | undefined
  onStep?: (step: string) => void
}

function createDeferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

/**
 * Emits on the core's thread every emitter nobody else has taken, and hands each result (the
 * worker's too) to `accept` in config order. The first failure, in config order, is thrown, as an
 * in-process run throws it; once one is seen nobody takes another emitter.
 */
async function runClaims(
  job: EmitJob,
  claims: Int32Array,
  results: { promise: Promise<Settled>; resolve: (value: Settled) => void }[],
  accept: (emitter: Emitter, output: EmitterOutput) => void,
  coreEmits = true,
): Promise<void> {
  const n = job.emitters.length
  const emitHere = async () => {
    if (!coreEmits) return
    while (Atomics.load(claims, slot.stop) === 0) {
      const i = Atomics.add(claims, slot.next, 1)
      if (i >= n) return
      Atomics.store(claims, slot.owners + i, byCore)
      const emitter = job.emitters[i] as Emitter
      job.onStep?.(emitter.name)
      try {
        results[i]?.resolve({ ok: true, output: await runEmitter(emitter, job.specs, job.printer, job.cacheDir, job.run) })
      } catch (error) {
        Atomics.store(claims, slot.stop, 1)
        results[i]?.resolve({ ok: false, error })
      }
      // A turn of the event loop: the result is accepted (its staged files go to the writer) and
      // the worker's results are taken in before the next emitter holds the thread.
      await new Promise((resolve) => setImmediate(resolve))
    }
    // Emitters stopped before anybody took them: nothing to wait for.
    for (let i = 0; i < n; i++) if (Atomics.load(claims, slot.owners + i) === 0) results[i]?.resolve({ ok: false, error: stopped })
  }
  const acceptInOrder = async () => {
    try {
      for (let i = 0; i < n; i++) {
        const settled = await (results[i] as { promise: Promise<Settled> }).promise
        if (!settled.ok) throw settled.error
        accept(job.emitters[i] as Emitter, settled.output)
      }
    } catch (error) {
      Atomics.store(claims, slot.stop, 1)
      throw error
    }
  }
  const [, accepted] = await Promise.allSettled([emitHere(), acceptInOrder()])
  if (accepted.status === 'rejected') throw accepted.reason
}

/** Marks emitters nobody ran because an earlier one failed; never thrown (the earlier failure is). */
const stopped = new Error('stopped after an earlier emitter failed')

/** Emits every emitter on the core's thread, handing each result to `accept` in config order. */
export async function emitInProcess(job: EmitJob, accept: (emitter: Emitter, output: EmitterOutput) => void): Promise<void> {
  const n = job.emitters.length
  const claims = new Int32Array(slot.owners + n)
  const results = Array.from({ length: n }, () => createDeferred<Settled>())
  await runClaims(job, claims, results, accept)
}
