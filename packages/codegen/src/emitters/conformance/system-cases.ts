/**
 * The system rows any method can hit, each reached through the mock's configuration rather than
 * per method: a wrong webhook code, an expired token, a missing scope, an unknown method name, a
 * tiny plan. Rows with no such trigger are injected as faults, so every row the spec lists is run.
 */
import type { ErrorRow, LoadedMethod, MethodSpec } from '@b24kit/spec'
import { compareCodeUnits } from '../../naming.js'
import type { CaseAuth, CaseData, CasePortal } from './case-shape.js'
import { buildErrorCases } from './errors.js'

/** How the mock is made to answer a system row. */
interface Trigger {
  how: string
  auth?: CaseAuth
  portal?: CasePortal
  before?: number
  unknownMethod?: boolean
}

// Keyed by the shared rows' ids: these are properties of the mock's configuration, the same for every method.
const triggers: Readonly<Record<string, Trigger>> = {
  invalidCredentials: { how: 'a wrong webhook code', auth: 'wrongWebhookCode' },
  noAuthFound: { how: 'an OAuth call without a token', auth: 'oauthWithoutToken' },
  expiredToken: { how: 'an expired OAuth token', auth: 'expiredOAuthToken' },
  invalidToken: { how: 'an OAuth token the portal does not know', auth: 'unknownOAuthToken' },
  insufficientScope: { how: 'a webhook without the scope', auth: 'webhookWithoutScope' },
  methodNotFound: { how: 'an unknown method name', unknownMethod: true },
  queryLimitExceeded: { how: 'a second call on a plan of burst 1', portal: { plan: { drainPerSecond: 0.01, burst: 1 } }, before: 1 },
  operationTimeLimit: { how: 'an operating budget of 0 seconds', portal: { operatingBudgetSeconds: 0 } },
  httpsRequired: { how: 'a webhook over HTTP on a strict-HTTPS portal', portal: { strictHttps: true } },
}

/** A method name no spec declares, derived from the method's own. */
export function getUnknownMethodName(method: string, known: ReadonlySet<string>): string {
  let name = `${method}.unknown`
  while (known.has(name)) name = `${name}x`
  return name
}

/**
 * The system table: every system row's cases, run through the first method in name order with an
 * example, so the table changes only when that method or the shared rows do.
 */
export function buildSystemTable(
  methods: readonly LoadedMethod[],
  systemErrors: readonly ErrorRow[],
): { method: string; cases: CaseData[] } {
  const through = [...methods].sort((a, b) => compareCodeUnits(a.spec.method, b.spec.method)).find((m) => m.spec.examples.length > 0)
  if (!through) return { method: '', cases: [] }
  const known = new Set(methods.map((m) => m.spec.method))
  const params = through.spec.examples[0]?.params ?? {}
  return { method: through.spec.method, cases: buildSystemCases(through.spec, params, systemErrors, known) }
}

/** The cases of the system rows, through one method (an unknown-method case calls a name no spec declares). */
function buildSystemCases(
  spec: MethodSpec,
  params: Record<string, unknown>,
  rows: readonly ErrorRow[],
  known: ReadonlySet<string>,
): CaseData[] {
  return rows.flatMap((row, i) => {
    const trigger: Trigger = triggers[row.id] ?? {
      how: 'an injected fault',
      portal: { faults: { errors: [{ method: spec.method, code: row.id, rate: 1 }] } },
    }
    const method = trigger.unknownMethod ? getUnknownMethodName(spec.method, known) : spec.method
    return buildErrorCases(row, {
      id: `system:${row.id}`,
      title: `${row.id}: ${trigger.how}`,
      from: `systemErrors[${i}]`,
      method,
      typed: !trigger.unknownMethod,
      params,
      auth: trigger.auth ?? 'webhook',
      ...(trigger.portal ? { portal: trigger.portal } : {}),
      ...(trigger.before ? { before: trigger.before } : {}),
    })
  })
}
