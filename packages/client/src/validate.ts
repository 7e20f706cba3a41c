/**
 * Checks a call's params against the method's rules before any network, and answers the error row
 * the server would answer (`ID is not defined or invalid.` for an id of 0, -1, 1.5 or "abc").
 */
import type { ErrorRowDescriptor, MethodDescriptor, ParamRule } from './descriptor.js'

/** Whether a value keeps a rule (its type, whether it is required, its minimum). */
export function keepsRule(rule: Pick<ParamRule, 'type' | 'required' | 'minimum' | 'coercion'>, value: unknown): boolean {
  if (value == null) return !rule.required
  // php-int: a string is cast as PHP casts it ("12abc" is 12, "abc" is 0); a number must be whole.
  const n = typeof value === 'string' && rule.coercion ? Number.parseInt(value, 10) || 0 : value
  const { type, minimum = -Infinity } = rule
  if (type === 'integer' || type === 'number')
    // Number.isFinite and Number.isInteger are false for anything but a number (they never coerce).
    return (type === 'number' ? Number.isFinite(n) : Number.isInteger(n)) && (n as number) >= minimum
  return type === 'array' ? Array.isArray(value) : typeof value === type
}

/** Whether a result is what the spec says the method answers: its type, and its constant where it has one. */
export const isExpectedResult = ({ result }: MethodDescriptor, value: unknown): boolean => {
  if (!result) return true
  if (result.const !== undefined) return JSON.stringify(value) === JSON.stringify(result.const)
  return result.type === 'null' ? value === null : keepsRule({ type: result.type, required: true }, value)
}

/** The error row of the first broken rule (a generic row where the spec names none), or undefined. */
export function checkParams(descriptor: MethodDescriptor, params: Record<string, unknown> | undefined): ErrorRowDescriptor | undefined {
  // The server reads the first of a rule's spellings present, then its name.
  const rule = descriptor.params.find(
    (r) =>
      !keepsRule(
        r,
        [...(r.spellings ?? []), r.name].map((key) => params?.[key]).find((v) => v != null),
      ),
  )
  if (!rule) return undefined
  const row = descriptor.errors.find((r) => r.id === rule.invalidError)
  return row ?? { id: '', code: '', status: 400, text: `Invalid ${rule.name}`, kind: 'invalidParams' }
}
