/**
 * Values that break a parameter's rule, derived from the rule itself (required, minimum, php-int
 * coercion, integer type), never chosen per method.
 */
import type { ParamSpec } from '@b24kit/spec'

/** One way to break a rule: a short name, and the value to send (undefined: leave it out). */
export interface BrokenValue {
  name: string
  title: string
  value: unknown
}

/** Every value the rule refuses that the spec lets us derive. */
export function getBrokenValues(param: ParamSpec): BrokenValue[] {
  const out: BrokenValue[] = []
  if (param.required) out.push({ name: 'missing', title: `without \`${param.name}\``, value: undefined })
  const numeric = param.type === 'integer' || param.type === 'number'
  if (numeric && param.minimum !== undefined) {
    out.push({ name: 'below-minimum', title: `\`${param.name}\` = ${param.minimum - 1}, below its minimum`, value: param.minimum - 1 })
  }
  // PHP's (int) reads a string without leading digits as 0: refused only where 0 is.
  if (param.coercion === 'php-int' && param.minimum !== undefined && param.minimum > 0) {
    out.push({ name: 'non-numeric', title: `\`${param.name}\` = "abc", which PHP casts to 0`, value: 'abc' })
  }
  // PHP reads a JSON object and a list alike as an array; a scalar is neither.
  if (param.type === 'object' || param.type === 'array') {
    out.push({ name: 'not-an-array', title: `\`${param.name}\` = "abc", not an array`, value: 'abc' })
  }
  if (param.type === 'integer' && param.coercion === 'none') {
    const value = (param.minimum ?? 0) + 0.5
    out.push({ name: 'not-an-integer', title: `\`${param.name}\` = ${value}, not an integer`, value })
  }
  return out
}

/** The key a parameter has in `params` (one of its spellings, or its name), or its name when absent. */
export function findParamKey(param: ParamSpec, params: Record<string, unknown>): string {
  return [param.name, ...(param.spellings ?? [])].find((key) => key in params) ?? param.name
}

/** `params` with the parameter set to `value` under the key it already had; undefined removes it. */
export function setParam(param: ParamSpec, params: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const key = findParamKey(param, params)
  const keys = new Set([param.name, ...(param.spellings ?? [])])
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !keys.has(k)))
  return value === undefined ? rest : { ...rest, [key]: value }
}
