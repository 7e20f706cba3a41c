/**
 * Example-backed methods: the mock does not model their effect, so it answers the result of the
 * spec's example whose params the call's match. Both sides are read by the same parameter rules
 * (spellings, PHP's integer cast), and scalars compare as the server reads a form body, as text:
 * `ID=55` matches an example's `55`. Parameters the spec does not declare do not take part.
 */
import { checkRule, readRule } from '../param-rules.js'
import type { MockExampleOperation, MockParamRule } from '../table.js'

/** The example's result, or the id of the no-match row. */
export type ExampleOutcome = { ok: true; result: unknown } | { ok: false; rowId: string }

/** Whether two read values are the same as the server compares them: scalars as text, lists and objects member by member. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? undefined) === (b ?? undefined)
  if (typeof a !== 'object' || typeof b !== 'object') return typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b)
  // A form body sends a list as an object keyed 0, 1, ...: compare values in order either way.
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    const valuesA = Object.values(a)
    const valuesB = Object.values(b)
    return valuesA.every((v, i) => isSameValue(v, valuesB[i]))
  }
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => key in recordB && isSameValue((a as Record<string, unknown>)[key], recordB[key]))
}

// Each example's params read by its method's rules once, not per call.
const readExamples = new WeakMap<MockExampleOperation, ReadonlyMap<string, unknown>[]>()

function getReadExamples(op: MockExampleOperation, rules: readonly MockParamRule[]): ReadonlyMap<string, unknown>[] {
  let read = readExamples.get(op)
  if (!read) {
    read = op.examples.map((example) => new Map(rules.map((rule) => [rule.name, checkRule(rule, readRule(rule, example.params)).value])))
    readExamples.set(op, read)
  }
  return read
}

/** Answers the first example whose params match the call's checked values. */
export function runExampleOperation(
  op: MockExampleOperation,
  rules: readonly MockParamRule[],
  values: ReadonlyMap<string, unknown>,
): ExampleOutcome {
  const examples = getReadExamples(op, rules)
  const at = examples.findIndex((example) => rules.every((rule) => isSameValue(example.get(rule.name), values.get(rule.name))))
  if (at >= 0) return { ok: true, result: op.examples[at]?.result }
  if (op.noMatch !== undefined) return { ok: false, rowId: op.noMatch }
  return { ok: true, result: op.examples[0]?.result }
}
