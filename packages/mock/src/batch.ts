/**
 * `batch`: up to 50 commands (`cmd` object or array of `"method?query"` strings), `halt`, the
 * `$result[key][field]` references, and the answer keyed like `cmd`.
 */
import { type MockTime, type PortalLang, toErrorBody, toPhpArray } from './envelope.js'
import type { CallOutcome } from './methods.js'
import { castPhpInt, type MockParams, parsePhpQuery } from './params.js'
import type { MockErrorRow } from './table.js'

/** The most commands one batch runs; the rest are answered ERROR_BATCH_LENGTH_EXCEEDED. */
export const maxBatchCommands = 50

/** What a batch needs from the engine. */
export interface BatchContext {
  lang: PortalLang
  /** Runs one command; `method` is already lower-case without `.json`. */
  runCommand(method: string, params: MockParams): CallOutcome
  getSystemErrorOrThrow(id: string): MockErrorRow
  /** The `time` block of one command (start and finish in ms). */
  createCommandTime(startMs: number, finishMs: number): MockTime
  now(): number
}

const referencePattern = /\$result\[([^\]]*)\]((?:\[[^\]]*\])*)/g

/** Replaces `$result[key][field]` with the value an earlier command gave (url-encoded). */
export function resolveReferences(query: string, results: ReadonlyMap<string, unknown>): string {
  return query.replace(referencePattern, (whole, key: string, rest: string) => {
    let value: unknown = results.get(key)
    for (const m of rest.matchAll(/\[([^\]]*)\]/g)) {
      value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[m[1] ?? ''] : undefined
    }
    if (value === undefined || (typeof value === 'object' && value !== null)) return whole
    // PHP prints true as "1" and false as "" when it puts a value into a string.
    const text = value === true ? '1' : value === false ? '' : String(value)
    return encodeURIComponent(text)
  })
}

function isTruthy(value: unknown): boolean {
  if (value === true) return true
  if (typeof value === 'string' && /^(y|true)$/i.test(value)) return true
  return (castPhpInt(value) ?? 0) !== 0
}

/** Runs a batch and returns its `result` (the inner `result`, `result_error`, ... object). */
export function runBatch(params: MockParams, ctx: BatchContext): unknown {
  const cmd = params.cmd
  const commands: [string, unknown][] = Array.isArray(cmd)
    ? cmd.map((c, i) => [String(i), c])
    : typeof cmd === 'object' && cmd !== null
      ? Object.entries(cmd)
      : []
  const halt = isTruthy(params.halt)
  const results = new Map<string, unknown>()
  const errors: [string, unknown][] = []
  const times: [string, unknown][] = []
  for (const [index, [key, command]] of commands.entries()) {
    if (index >= maxBatchCommands) {
      errors.push([key, toErrorBody(ctx.getSystemErrorOrThrow('batchLengthExceeded'), ctx.lang)])
      continue
    }
    const text = typeof command === 'string' ? command : ''
    const [rawMethod = '', rawQuery = ''] = text.split(/\?(.*)/s)
    const method = rawMethod
      .trim()
      .toLowerCase()
      .replace(/\.json$/, '')
    const start = ctx.now()
    const outcome: CallOutcome =
      method === 'batch'
        ? { ok: false, row: ctx.getSystemErrorOrThrow('batchMethodNotAllowed') }
        : ctx.runCommand(method, parsePhpQuery(resolveReferences(rawQuery, results)))
    times.push([key, ctx.createCommandTime(start, ctx.now())])
    if (outcome.ok) {
      results.set(key, outcome.result)
      continue
    }
    errors.push([key, toErrorBody(outcome.row, ctx.lang)])
    if (halt) break
  }
  return {
    result: toPhpArray([...results.entries()]),
    result_error: toPhpArray(errors),
    result_total: [],
    result_next: [],
    result_time: toPhpArray(times),
  }
}
