/**
 * `batch`: up to 50 commands (`cmd` object or array of `"method?query"` strings), `halt`, the
 * `$result[key][field]` references, and the answer keyed like `cmd`: `result`, `result_error`, list
 * commands' `result_total` and `result_next`, and `result_time` for the commands that succeeded.
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
const wholeReference = /^\$result\[[^\]]*\](?:\[[^\]]*\])*$/

function lookUp(results: ReadonlyMap<string, unknown>, key: string, rest: string): unknown {
  let value: unknown = results.get(key)
  for (const m of rest.matchAll(/\[([^\]]*)\]/g)) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[m[1] ?? ''] : undefined
  }
  return value
}

function resolveString(text: string, results: ReadonlyMap<string, unknown>): unknown {
  if (!text.includes('$result[')) return text
  // A value that is a reference and nothing else takes the referenced value whole, a list included.
  if (wholeReference.test(text)) {
    const [, key = '', rest = ''] = /^\$result\[([^\]]*)\](.*)$/.exec(text) ?? []
    const value = lookUp(results, key, rest)
    if (value !== undefined && value !== null) return typeof value === 'object' ? value : toPhpString(value)
    return text
  }
  return text.replace(referencePattern, (whole, key: string, rest: string) => {
    const value = lookUp(results, key, rest)
    return value === undefined || value === null || typeof value === 'object' ? whole : toPhpString(value)
  })
}

// PHP prints true as "1" and false as "" when it puts a value into a string.
function toPhpString(value: unknown): string {
  return value === true ? '1' : value === false ? '' : String(value)
}

/**
 * Replaces `$result[key][field]...` references in a command's parameters with what earlier commands
 * answered. The portal parses the command's query first, so references are found in the decoded
 * values (a client's `%24result%5Badd%5D` or the docs' double-encoded form included), at any depth
 * of the parameters and of the referenced result (`$result[get][ITEMS][0][ID]`). A reference to
 * nothing stays as sent.
 */
export function resolveReferences(params: unknown, results: ReadonlyMap<string, unknown>): unknown {
  if (typeof params === 'string') return resolveString(params, results)
  if (typeof params !== 'object' || params === null) return params
  if (Array.isArray(params)) return params.map((item) => resolveReferences(item, results))
  const out: MockParams = {}
  for (const [key, value] of Object.entries(params)) out[key] = resolveReferences(value, results)
  return out
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
  const totals: [string, unknown][] = []
  const nexts: [string, unknown][] = []
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
        : ctx.runCommand(method, resolveReferences(parsePhpQuery(rawQuery), results) as MockParams)
    if (outcome.ok) {
      results.set(key, outcome.result)
      if (outcome.total !== undefined) totals.push([key, outcome.total])
      if (outcome.next !== undefined) nexts.push([key, outcome.next])
      times.push([key, ctx.createCommandTime(start, ctx.now())])
      continue
    }
    // The docs' error examples show no `result_time` entry for a failed command.
    errors.push([key, toErrorBody(outcome.row, ctx.lang)])
    if (halt) break
  }
  return {
    result: toPhpArray([...results.entries()]),
    result_error: toPhpArray(errors),
    result_total: toPhpArray(totals),
    result_next: toPhpArray(nexts),
    result_time: toPhpArray(times),
  }
}
