/**
 * `batch` without losing a command: commands are validated first, sent 50 to a request (the
 * server's limit; CRest drops the rest), and every command ends up in exactly one of results,
 * errors or skipped (skipped only under `halt`, after an error).
 */
import type { B24Transport, CallOptions } from './base.js'
import type { Core } from './by-need.js'
import type { ErrorKind, MethodDescriptor } from './descriptor.js'
import type { B24ApiError } from './errors.js'
import { toQuery } from './query.js'

/** Options of a batch: stop at the first error (`halt`), plus those of a call. */
export interface BatchOptions extends CallOptions {
  halt?: boolean
}

/** One command as the batch core runs it. */
export interface BatchEntry {
  key: string
  method: string
  /** The method's descriptor, when it has a spec: the command is then checked before sending. */
  descriptor?: MethodDescriptor | undefined
  params: object
}

/** Where each command ended up, by key. */
export interface BatchOutcome {
  results: Map<string, unknown>
  errors: Map<string, B24ApiError>
  /** Commands not run because `halt` stopped the batch. */
  skipped: string[]
}

interface BatchAnswer {
  result?: Record<string, unknown> | unknown[]
  result_error?: Record<string, { error?: string; error_description?: string }> | unknown[]
}

const has = (record: object | undefined, key: string) => record != null && Object.hasOwn(record, key)

/** Runs the commands in order, in as many `batch` requests as they need (by-need.ts hands it the core). */
export async function runBatch(core: Core, client: B24Transport, entries: BatchEntry[], options: BatchOptions = {}): Promise<BatchOutcome> {
  const { B24ApiError, batchLimit, checkParams, classifyError, systemErrorsByNeed, textOf } = core
  const { halt = false, ...callOptions } = options
  const results = new Map<string, unknown>()
  const errors = new Map<string, B24ApiError>()
  const fail = (e: BatchEntry, status: number, code: string, description: string, kind: ErrorKind, errorId?: string) =>
    errors.set(e.key, new B24ApiError({ method: e.method, status, code, description, kind, errorId }))
  // Checked before anything is sent; under halt, nothing after the first invalid command is sent.
  const ready: BatchEntry[] = []
  for (const e of entries) {
    const invalid = e.descriptor && checkParams(e.descriptor, e.params as Record<string, unknown>)
    if (!invalid) {
      ready.push(e)
      continue
    }
    fail(e, invalid.status, invalid.code, textOf(invalid), invalid.kind, invalid.id || undefined)
    if (halt) break
  }
  for (let start = 0; start < ready.length && !(halt && errors.size); start += batchLimit) {
    const chunk = ready.slice(start, start + batchLimit)
    const cmd = Object.fromEntries(chunk.map((e) => [e.key, `${e.method}?${toQuery(e.params)}`]))
    let answer: BatchAnswer
    try {
      answer = (await client.request<BatchAnswer>('batch', { halt: halt ? 1 : 0, cmd }, callOptions)).result ?? {}
    } catch (error) {
      if (!(error instanceof B24ApiError)) throw error
      for (const e of chunk) errors.set(e.key, error)
      continue
    }
    const commandErrors = (answer.result_error ?? {}) as Record<string, { error?: unknown; error_description?: unknown }>
    for (const e of chunk) {
      const failed = has(commandErrors, e.key) ? commandErrors[e.key] : undefined
      if (failed) {
        // Only strings are read: a hostile answer may put objects here whose String() throws.
        const code = client.redact(typeof failed.error === 'string' ? failed.error : '')
        const description = client.redact(typeof failed.error_description === 'string' ? failed.error_description : '')
        // A command has no HTTP status of its own: it takes its row's, else 400.
        const row = classifyError(e.descriptor, 400, code, description, await systemErrorsByNeed)
        fail(e, row.status ?? 400, code, description, row.kind, row.id)
      } else if (has(answer.result, e.key)) results.set(e.key, (answer.result as Record<string, unknown>)[e.key])
      else if (!halt) fail(e, 200, '', 'The batch answer has neither a result nor an error for this command', 'invalidResponse')
    }
  }
  // Whatever has neither a result nor an error was not run: halt stopped the batch before it.
  const skipped = entries.filter((e) => !results.has(e.key) && !errors.has(e.key)).map((e) => e.key)
  return { results, errors, skipped }
}
