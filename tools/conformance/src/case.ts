/**
 * The shape of the generated case tables (src/generated/): data the conformance emitter derives
 * from each spec. The runner reads only this data, so it holds no per-method code.
 */

/** How a case authenticates; the runner turns each into mock options and client options. */
export type CaseAuth =
  | 'webhook'
  | 'wrongWebhookCode'
  | 'userWithoutRights'
  | 'webhookWithoutScope'
  | 'oauth'
  | 'oauthWithoutToken'
  | 'expiredOAuthToken'

/** Mock options beyond auth (data only: no secrets, no clock). */
export interface CasePortal {
  lang?: 'ru' | 'en'
  plan?: { drainPerSecond: number; burst: number }
  operatingBudgetSeconds?: number
  strictHttps?: boolean
  faults?: { errors: { method: string; code: string; rate: number }[] }
}

/** An error outcome: what the mock answers and what B24ApiError reports. */
export interface CaseError {
  status: number
  code: string
  /** The exact `error_description`, in the portal's language. */
  description: string
  kind: string
  errorId: string
}

/** One case: a call, the portal it runs against, and its outcome. */
export interface ConformanceCase {
  id: string
  title: string
  /** The spec field the case derives from, such as `params[0].invalidError`. */
  from: string
  method: string
  /** Whether the method has a spec: then it is called through the typed tree and `call`, else `callUntyped`. */
  typed: boolean
  auth: CaseAuth
  portal: CasePortal
  /** Identical calls made first (to fill the rate bucket); their outcome is not checked. */
  before?: number
  params: Record<string, unknown>
  expect: { result: unknown } | { error: CaseError }
  /** The typed client refuses the call before sending, with this description (in its own language). */
  checkedBeforeSending?: { description: string }
}

/** The cases of one method. */
export interface MethodCases {
  method: string
  cases: readonly ConformanceCase[]
}
