/** Parameter rules of the mock table: which keys the server reads, how it casts them, what it refuses. */
import type { ParamSpec } from '@b24kit/spec'

/** The data the engine needs to read and check one parameter. */
export function toMockParamRule(param: ParamSpec): Record<string, unknown> {
  return {
    name: param.name,
    type: param.type,
    required: param.required,
    // Without declared spellings the server reads the parameter by its own name only.
    spellings: param.spellings ?? [param.name],
    coercion: param.coercion,
    minimum: param.minimum,
    invalidError: param.invalidError,
  }
}
