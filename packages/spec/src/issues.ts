/**
 * Spec problems as data: each names the file, the field path, what was expected and what came,
 * so a contributor can fix a spec without reading the generator.
 */
import type { z } from 'zod'

/** One problem found in one spec file. */
export interface SpecIssue {
  file: string
  /** Dotted path with indexes, such as `errors[1].status`; empty for the whole file. */
  path: string
  expected: string
  received: string
}

/** Thrown by the loader when any spec is refused; its message lists every issue. */
export class SpecValidationError extends Error {
  readonly issues: readonly SpecIssue[]
  constructor(issues: readonly SpecIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the specs:\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'SpecValidationError'
    this.issues = issues
  }
}

/** `specs/x.ts: errors[1].status: expected an integer from 100 to 599, received "400"` */
export function formatIssue(issue: SpecIssue): string {
  const where = issue.path ? `${issue.file}: ${issue.path}` : issue.file
  return `${where}: expected ${issue.expected}, received ${issue.received}`
}

/** Joins a zod path as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

/** Shows a value the way a reader can find it in the file: JSON, cut short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = typeof value === 'function' ? 'a function' : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'an integer'
      return issue.expected === 'object' ? 'an object' : `a value of type ${issue.expected}`
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'item(s)' : 'character(s)'}`
        : `a value ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`
    case 'too_big':
      return `a value ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_format':
      return issue.message || `a ${issue.format}`
    case 'invalid_union':
      return 'a string, or an object with ru and en texts'
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`
    default:
      return issue.message
  }
}

/** Turns zod's issues into ours, reading each received value from the input itself. */
export function fromZodIssues(file: string, input: unknown, issues: readonly z.core.$ZodIssue[]): SpecIssue[] {
  const out: SpecIssue[] = []
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          file,
          path: formatPath([...issue.path, key]),
          expected: 'no such field (it is not part of the spec model)',
          received: describeValue(getAt(input, [...issue.path, key])),
        })
      }
      continue
    }
    const options = issue.code === 'invalid_union' ? (issue as { options?: unknown[] }).options : undefined
    if (options) {
      // A discriminated union that matched no option: zod names the discriminator and its values.
      out.push({
        file,
        path: formatPath(issue.path),
        expected: `one of ${options.map((v) => JSON.stringify(v)).join(', ')}`,
        received: describeValue(getAt(input, issue.path)),
      })
      continue
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.path.length === 0) {
      out.push({ file, path: '', expected: 'a method spec', received: describeValue(input) })
      continue
    }
    out.push({
      file,
      path: formatPath(issue.path),
      expected: describeExpected(issue),
      received: describeValue(getAt(input, issue.path)),
    })
  }
  return out
}
