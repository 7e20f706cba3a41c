/**
 * Checks one answer of the mock against the documented envelope: success is
 * `{"result":...,"time":{...}}` with every `time` field; an error is exactly
 * `{"error","error_description"}` of a spec row, with that row's status and no `time`.
 */
import { type DocumentedAnswers, matchesDocumentedError } from './spec-rows.js'

/** An answer as seen on the wire. */
export interface WireAnswer {
  status: number
  contentType: string | null
  body: string
}

const timeNumbers = ['start', 'finish', 'duration', 'processing', 'operating', 'operating_reset_at'] as const
const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkTime(time: unknown, where: string): string[] {
  if (!isRecord(time)) return [`${where}: time is not an object`]
  const problems: string[] = []
  for (const key of timeNumbers) {
    if (typeof time[key] !== 'number' || !Number.isFinite(time[key])) problems.push(`${where}: time.${key} is not a finite number`)
  }
  for (const key of ['date_start', 'date_finish'] as const) {
    if (typeof time[key] !== 'string' || !isoWithOffset.test(time[key])) problems.push(`${where}: time.${key} is not ISO 8601 with offset`)
  }
  return problems
}

function checkErrorBody(answers: DocumentedAnswers, body: unknown, status: number | undefined, where: string): string[] {
  if (!isRecord(body)) return [`${where}: error is not an object`]
  const keys = Object.keys(body).sort().join(',')
  if (keys !== 'error,error_description') return [`${where}: error keys are ${keys}`]
  if (typeof body.error !== 'string' || typeof body.error_description !== 'string') return [`${where}: error fields are not strings`]
  const row = { error: body.error, error_description: body.error_description }
  return matchesDocumentedError(answers, row, status) ? [] : [`${where}: ${JSON.stringify(body)} (HTTP ${status}) is no spec row`]
}

/** A batch's `result`: the five keyed parts, each error a documented row, each time block whole. */
function checkBatchResult(answers: DocumentedAnswers, result: unknown): string[] {
  if (!isRecord(result)) return ['batch: result is not an object']
  const keys = Object.keys(result).sort().join(',')
  if (keys !== 'result,result_error,result_next,result_time,result_total') return [`batch: result keys are ${keys}`]
  const problems: string[] = []
  const entries = (part: unknown) => (Array.isArray(part) ? part.entries() : isRecord(part) ? Object.entries(part) : null)
  for (const name of ['result', 'result_error', 'result_time'] as const) {
    if (entries(result[name]) === null) problems.push(`batch: ${name} is neither an array nor an object`)
  }
  for (const [key, error] of entries(result.result_error) ?? [])
    problems.push(...checkErrorBody(answers, error, undefined, `batch error ${key}`))
  for (const [key, time] of entries(result.result_time) ?? []) problems.push(...checkTime(time, `batch time ${key}`))
  return problems
}

/**
 * Lists what is wrong with an answer (empty when it is in the envelope). `method` is the lower-case
 * method the request named, so a batch's inner result is checked too.
 */
export function checkEnvelope(answers: DocumentedAnswers, answer: WireAnswer, method: string, headOnly = false): string[] {
  const problems: string[] = []
  if (!answers.statuses.has(answer.status)) problems.push(`HTTP ${answer.status} is not in the spec's tables`)
  if (answer.contentType !== 'application/json; charset=utf-8') problems.push(`Content-Type is ${answer.contentType}`)
  if (headOnly) return problems
  let body: unknown
  try {
    body = JSON.parse(answer.body)
  } catch {
    return [...problems, `body is not JSON: ${answer.body.slice(0, 80)}`]
  }
  if (answer.status === 200) {
    if (!isRecord(body)) return [...problems, 'success is not an object']
    // List methods add `total` and, when there is another page, `next`.
    const keys = Object.keys(body)
      .filter((k) => !((k === 'total' || k === 'next') && typeof body[k] === 'number'))
      .sort()
      .join(',')
    if (keys !== 'result,time') problems.push(`success keys are ${keys}`)
    problems.push(...checkTime(body.time, 'answer'))
    if (method === 'batch') problems.push(...checkBatchResult(answers, body.result))
    return problems
  }
  return [...problems, ...checkErrorBody(answers, body, answer.status, 'answer')]
}

/** One successful call inside an answer: the method it ran and its result. */
export interface CallOutcome {
  method: string
  result: unknown
}

/** The method each batch command names, keyed like the answer's `result` (lower case, no `.json`). */
export function readBatchMethods(cmd: unknown): Map<string, string> {
  const entries = Array.isArray(cmd) ? cmd.map((c, i) => [String(i), c] as const) : isRecord(cmd) ? Object.entries(cmd) : []
  const methods = new Map<string, string>()
  for (const [key, command] of entries) {
    const name = typeof command === 'string' ? (command.split('?')[0] ?? '') : typeof command === 'number' ? String(command) : ''
    methods.set(
      key,
      name
        .trim()
        .toLowerCase()
        .replace(/\.json$/, ''),
    )
  }
  return methods
}

/** The successful calls of an answer: the call itself, or each command of a batch that gave a result. */
export function readOutcomes(body: string, status: number, method: string, cmd: unknown): CallOutcome[] {
  if (status !== 200) return []
  const parsed = JSON.parse(body) as { result: unknown }
  if (method !== 'batch') return [{ method, result: parsed.result }]
  const inner = (parsed.result as { result: unknown }).result
  const results = Array.isArray(inner) ? inner.map((r, i) => [String(i), r] as const) : isRecord(inner) ? Object.entries(inner) : []
  const methods = readBatchMethods(cmd)
  return results.map(([key, result]) => ({ method: methods.get(key) ?? '?', result }))
}
