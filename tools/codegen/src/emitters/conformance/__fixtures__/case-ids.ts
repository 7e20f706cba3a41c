/** Lists the case ids the emitter derives for each method of a spec set, for assertions. */
import type { SpecSet } from '@b24kit/spec'
import { buildMethodCases } from '../method-cases.js'

/** The ids of every case of every method, in table order. */
export function emitCaseIds(specs: SpecSet): string[] {
  return specs.methods.flatMap((loaded) => buildMethodCases(loaded, specs).map((c) => c.id))
}
