/** How the server reads one parameter by its rule: the first spelling sent, then its cast and minimum. */
import { castPhpInt, type MockParams } from './params.js'
import type { MockParamRule } from './table.js'

/** Reads a parameter by its spellings, in the server's order; undefined when no spelling is sent. */
export function readRule(rule: MockParamRule, params: MockParams): unknown {
  for (const key of rule.spellings) if (params[key] !== undefined && params[key] !== null) return params[key]
  return undefined
}

/** The value of a parameter after the server's cast, or undefined when it breaks the rule. */
export function checkRule(rule: MockParamRule, raw: unknown): { ok: boolean; value: unknown } {
  if (raw === undefined) return { ok: !rule.required, value: undefined }
  // PHP sees a JSON object and a list alike as an array; a scalar is neither ("must be array").
  if ((rule.type === 'object' || rule.type === 'array') && typeof raw !== 'object') return { ok: false, value: undefined }
  if (rule.type === 'integer') {
    const n = rule.coercion === 'php-int' ? castPhpInt(raw) : typeof raw === 'number' && Number.isInteger(raw) ? raw : undefined
    if (n === undefined) return { ok: false, value: undefined }
    if (rule.minimum !== undefined && n < rule.minimum) return { ok: false, value: n }
    return { ok: true, value: n }
  }
  return { ok: true, value: raw }
}
