/**
 * The data a conformance case holds: the one definition the emitter builds and the runner in
 * tools/conformance reads (it imports these types from @b24kit/codegen), and the generated tables
 * type-check against.
 */

/** How the call authenticates; the runner turns each into mock options and client options. */
export type CaseAuth =
  | 'webhook'
  | 'wrongWebhookCode'
  | 'userWithoutRights'
  | 'webhookWithoutScope'
  | 'oauth'
  | 'oauthWithoutToken'
  | 'expiredOAuthToken'
  | 'unknownOAuthToken'

/** The mock options a case needs beyond auth (only data: no secrets, no clock). */
export interface CasePortal {
  lang?: 'ru' | 'en'
  plan?: { drainPerSecond: number; burst: number }
  operatingBudgetSeconds?: number
  strictHttps?: boolean
  faults?: { errors: { method: string; code: string; rate: number }[] }
}

/** An error outcome, as B24ApiError reports it and the mock answers it. */
export interface CaseError {
  status: number
  code: string
  /** The exact `error_description` in the portal's language. */
  description: string
  kind: string
  errorId: string
}

/** One case: a call, the portal it runs against, and its outcome. */
export interface CaseData {
  id: string
  title: string
  /** The spec field the case derives from, such as `params[0].invalidError`. */
  from: string
  method: string
  /** Whether the method has a spec (then the typed tree and `call` are used; else `callUntyped`). */
  typed: boolean
  params: Record<string, unknown>
  auth: CaseAuth
  portal: CasePortal
  /** Identical calls made first (to fill the rate bucket); their outcome is not checked. */
  before?: number
  expect: { result: unknown } | { error: CaseError }
  /** The typed client refuses the call before sending, with this description (its own language). */
  checkedBeforeSending?: { description: string }
}

/** The cases of one method, as a generated table exports them. */
export interface MethodCases {
  method: string
  /** `system` for the one table of the shared system rows (run through one method); absent for a method's own table. */
  table?: 'system'
  cases: readonly CaseData[]
}

/** The case with its keys in one fixed order, so the table reads the same whatever built it. */
export function orderCase(c: CaseData): CaseData {
  const expect = 'error' in c.expect ? { error: orderError(c.expect.error) } : { result: c.expect.result }
  return {
    id: c.id,
    title: c.title,
    from: c.from,
    method: c.method,
    typed: c.typed,
    auth: c.auth,
    portal: c.portal,
    ...(c.before === undefined ? {} : { before: c.before }),
    params: c.params,
    expect,
    ...(c.checkedBeforeSending ? { checkedBeforeSending: c.checkedBeforeSending } : {}),
  }
}

function orderError(e: CaseError): CaseError {
  return { status: e.status, code: e.code, description: e.description, kind: e.kind, errorId: e.errorId }
}
