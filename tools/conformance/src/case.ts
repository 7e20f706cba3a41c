/**
 * The shape of the generated case tables (src/generated/): data the conformance emitter derives from
 * each spec. The runner reads only this data, so it holds no per-method code. The shape is defined
 * once, beside the emitter; the runner takes its types from there (types only: nothing of the
 * generator runs here).
 */
export type {
  CaseAuth,
  CaseData as ConformanceCase,
  CaseError,
  CasePortal,
  MethodCases,
} from '@b24kit/codegen'
