/**
 * Output folders that do not exist yet, built under a hidden sibling name while the emitters run
 * and renamed into place once every emitter has succeeded (one rename per folder). Creating
 * thousands of files is mostly the kernel's work; staged, it runs on a writer thread (another
 * core) while later emitters still emit, instead of after them, and a failed run leaves nothing a
 * user sees: its staging folders are removed, and a killed run's are removed by the next run.
 * An output folder that exists is not staged: it is planned and written as before (write-output.ts).
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'

/** What a staging folder's name adds to its folder's: `.<name>.b24kit-staging-<pid>`. */
const stagingMark = '.b24kit-staging-'

/** The hidden sibling a folder is built under by the process `pid`. */
export function getStagingPath(folder: string, pid = process.pid): string {
  return join(dirname(folder), `.${basename(folder)}${stagingMark}${pid}`)
}

/** The owned folders not inside another owned folder: each is staged (or not) whole. */
function getTopFolders(owned: readonly string[]): string[] {
  const unique = [...new Set(owned)]
  return unique.filter((dir) => !unique.some((other) => other !== dir && dir.startsWith(`${other}/`)))
}

/** Whether the process `pid` still runs (signal 0 only asks; EPERM: it runs, as another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes staging folders that earlier runs left beside `folders` (a run killed before its end);
 * not one whose process still runs, which is another `pnpm generate` at work in the same tree.
 */
async function removeLeftovers(root: string, folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    const parent = dirname(join(root, folder))
    const prefix = `.${basename(folder)}${stagingMark}`
    const names = await readdir(parent).catch(() => [] as string[])
    for (const name of names) {
      const pid = Number(name.slice(prefix.length))
      const mine = pid === process.pid
      if (name.startsWith(prefix) && (mine || !Number.isInteger(pid) || !isRunning(pid)))
        await rm(join(parent, name), { recursive: true, force: true })
    }
  }
}

/** One file to write: its path relative to the root and its UTF-8 bytes. */
export interface StagedFile {
  path: string
  bytes: Uint8Array
}

/**
 * A writer thread's code (plain JavaScript, so it starts in tens of milliseconds): it writes each
 * batch it is sent synchronously, in order, and answers a flush with the first failure. Threads of
 * their own, not libuv's pool driven by the core: the core is busy emitting, and a pool needs the
 * core's event loop between each open, write and close of every file.
 */
const writerCode = `
const { parentPort } = require('node:worker_threads')
const { mkdirSync, writeFileSync } = require('node:fs')
const { dirname } = require('node:path')
const made = new Set()
let failure
parentPort.on('message', (message) => {
  if (message.type === 'flush') {
    parentPort.postMessage({ failure })
    return
  }
  if (failure) return
  try {
    for (let i = 0; i < message.targets.length; i++) {
      const target = message.targets[i]
      const dir = dirname(target)
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(target, message.bytes[i])
    }
  } catch (error) {
    failure = { message: error.message, code: error.code }
  }
})
`

/** How many writer threads write staged files. */
const writerCount = Math.min(2, availableParallelism())

/** The staged folders of one run and the writes into them, in flight while the emitters run. */
export class StagedOutput {
  readonly #root: string
  /** Staged folder (relative) -> its staging folder (absolute). */
  readonly #folders: Map<string, string>
  /** Staging folders written to so far (a folder nothing was written to is not created). */
  readonly #made = new Set<string>()
  readonly #staged = new Set<string>()
  /** The writer threads, started with the first write; each folder's files go to one of them. */
  #writers: Worker[] = []
  readonly #writerOf = new Map<string, number>()

  private constructor(root: string, folders: Map<string, string>) {
    this.#root = root
    this.#folders = folders
  }

  /**
   * Stages every top output folder that does not exist while its parent does (a folder whose
   * parent is missing is written as before: staging it would create the parent early). Removes
   * staging folders a killed run left behind first.
   */
  static async open(root: string, owned: readonly string[]): Promise<StagedOutput> {
    const tops = getTopFolders(owned)
    await removeLeftovers(root, tops)
    const folders = new Map<string, string>()
    for (const dir of tops) {
      const abs = join(root, dir)
      if (!existsSync(abs) && existsSync(dirname(abs))) folders.set(dir, getStagingPath(abs))
    }
    return new StagedOutput(root, folders)
  }

  /** Whether any folder is staged this run. */
  get any(): boolean {
    return this.#folders.size > 0
  }

  /** The staged folder `path` lies in, if any. */
  #folderOf(path: string): string | undefined {
    for (const dir of this.#folders.keys()) if (path.startsWith(`${dir}/`)) return dir
    return undefined
  }

  /** Whether `path` was written into a staging folder (it is in place once `commit` returns). */
  holds(path: string): boolean {
    return this.#staged.has(path)
  }

  /**
   * Hands the files that lie in staged folders to the writer thread (their bytes move, not copy:
   * each must own its ArrayBuffer) and returns the others, to be planned and written as before.
   */
  write(files: readonly StagedFile[]): StagedFile[] {
    const rest: StagedFile[] = []
    const batches = new Map<number, { targets: string[]; bytes: Uint8Array[] }>()
    for (const file of files) {
      const folder = this.#folderOf(file.path)
      if (folder === undefined) {
        rest.push(file)
        continue
      }
      this.#made.add(folder)
      this.#staged.add(file.path)
      const target = join(this.#folders.get(folder) as string, file.path.slice(folder.length + 1))
      const batch = this.#batchFor(batches, dirname(target))
      batch.targets.push(target)
      batch.bytes.push(file.bytes)
    }
    for (const [index, { targets, bytes }] of batches) {
      if (this.#writers.length <= index) this.#writers.push(new Worker(writerCode, { eval: true }))
      const owned = bytes.filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength).map((b) => b.buffer as ArrayBuffer)
      this.#writers[index]?.postMessage({ type: 'write', targets, bytes }, [...new Set(owned)])
    }
    return rest
  }

  /**
   * The batch of the writer that writes into `dir`: folders are dealt to the writers in turn as they
   * first appear. Two writers (on two cores or more): creating a file is mostly kernel work, which
   * one thread does one file at a time, and files in one folder wait for its lock anyway.
   */
  #batchFor(batches: Map<number, { targets: string[]; bytes: Uint8Array[] }>, dir: string) {
    let index = this.#writerOf.get(dir)
    if (index === undefined) {
      index = this.#writerOf.size % writerCount
      this.#writerOf.set(dir, index)
    }
    let batch = batches.get(index)
    if (!batch) {
      batch = { targets: [], bytes: [] }
      batches.set(index, batch)
    }
    return batch
  }

  /** Waits for every write sent so far and stops the writer; throws the first write that failed. */
  async #flush(): Promise<void> {
    const writers = this.#writers.splice(0)
    const answers = await Promise.all(
      writers.map((writer) =>
        new Promise<{ failure?: { message: string; code?: string } }>((resolve, reject) => {
          writer.once('message', resolve)
          writer.once('error', reject)
          writer.postMessage({ type: 'flush' })
        }).finally(() => writer.terminate()),
      ),
    )
    const failure = answers.find((answer) => answer.failure)?.failure
    if (failure) throw Object.assign(new Error(failure.message), { code: failure.code })
  }

  /**
   * Finishes the writes and renames each staging folder into place. A folder that appeared
   * meanwhile (another process made it) is not replaced: the staged files are moved into it one by one.
   */
  async commit(): Promise<void> {
    await this.#flush()
    for (const folder of this.#made) {
      const staging = this.#folders.get(folder) as string
      const target = join(this.#root, folder)
      try {
        await rename(staging, target)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error
        await this.#moveInto(staging, target)
        await rm(staging, { recursive: true, force: true })
      }
    }
  }

  async #moveInto(from: string, to: string): Promise<void> {
    await mkdir(to, { recursive: true })
    for (const entry of await readdir(from, { withFileTypes: true })) {
      if (entry.isDirectory()) await this.#moveInto(join(from, entry.name), join(to, entry.name))
      else await rename(join(from, entry.name), join(to, entry.name))
    }
  }

  /** Abandons the run's staging: lets the writes sent settle, then removes the staging folders. */
  async discard(): Promise<void> {
    await this.#flush().catch(() => undefined)
    for (const folder of this.#made) await rm(this.#folders.get(folder) as string, { recursive: true, force: true })
  }
}
