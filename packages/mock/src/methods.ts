/**
 * Runs one method from its table row: read the parameters by their rules, check the user's right,
 * apply the operation to the store. Every answer comes from the row's error table.
 */
import { hasPermission, hasScope, type MockCaller } from './auth.js'
import { runExampleOperation } from './engine/examples.js'
import { isItemOperation, runItemOperation } from './engine/items.js'
import { runRelationOperation } from './engine/relations.js'
import { formatPortalDate, type PortalLang } from './envelope.js'
import { runRecordOperation } from './operations.js'
import { checkRule, readRule } from './param-rules.js'
import type { MockParams } from './params.js'
import type { MockStore } from './store.js'
import type { MockEntity, MockErrorRow, MockMethod } from './table.js'
import { runUserFieldOperation } from './userfields/operations.js'
import { withUserFields } from './userfields/values.js'

/** What a method call gives: its result (list methods add `total` and `next`), or the error row to answer. */
export type CallOutcome = { ok: true; result: unknown; total?: number; next?: number; recordId?: number } | { ok: false; row: MockErrorRow }

/** What a method call needs. */
export interface CallContext {
  caller: MockCaller
  store: MockStore
  /** Looks up a system error row by id; throws when the table lacks it. */
  getSystemErrorOrThrow(id: string): MockErrorRow
  /** The entity table, for operations on typed records (add, update, get, list, fields). */
  entities?: Readonly<Record<string, MockEntity>>
  /** Portal language of field titles; default `ru`. */
  lang?: PortalLang
  /** The portal's clock (ms), for the dates the portal fills itself; default: no fills. */
  now?: () => number
}

function getRowOrThrow(method: MockMethod, id: string): MockErrorRow {
  const row = method.errors[id]
  if (!row) throw new Error(`The table of ${method.method} has no error row "${id}"`)
  return row
}

/** Finds the error row for an injected fault code: the method's own rows first, then the system rows. */
export function findRowByCode(
  method: MockMethod | undefined,
  code: string,
  systemErrors: Readonly<Record<string, MockErrorRow>>,
): MockErrorRow | undefined {
  const own = method ? Object.values(method.errors).find((r) => r.code === code || r.id === code) : undefined
  return own ?? Object.values(systemErrors).find((r) => r.code === code || r.id === code)
}

/** A result as the call's outcome, or the outcome of the method's error row the operation named. */
function answerRow<T extends { ok: true; result: unknown }>(
  method: MockMethod,
  outcome: T | { ok: false; rowId: string },
): T | CallOutcome {
  return outcome.ok ? outcome : { ok: false, row: getRowOrThrow(method, outcome.rowId) }
}

/** Runs a method for a resolved caller. */
export function callMethod(method: MockMethod, params: MockParams, ctx: CallContext): CallOutcome {
  if (!hasScope(ctx.caller, method.scope)) return { ok: false, row: ctx.getSystemErrorOrThrow('insufficientScope') }
  const values = new Map<string, unknown>()
  for (const rule of method.params) {
    const checked = checkRule(rule, readRule(rule, params))
    if (!checked.ok) {
      if (rule.invalidError) return { ok: false, row: getRowOrThrow(method, rule.invalidError) }
      continue
    }
    values.set(rule.name, checked.value)
  }
  const { access, operation } = method
  if (access && !hasPermission(ctx.caller, access.entity, access.permission))
    return { ok: false, row: getRowOrThrow(method, access.deniedError) }
  if (operation.kind === 'relation')
    return answerRow(
      method,
      runRelationOperation(operation, { values, store: ctx.store, ...(ctx.entities ? { entities: ctx.entities } : {}) }),
    )
  if (operation.kind === 'example') return answerRow(method, runExampleOperation(operation, method.params, values))
  if (operation.kind === 'userfield')
    return answerRow(method, runUserFieldOperation(operation, { values, store: ctx.store, entities: ctx.entities ?? {} }))
  if (isItemOperation(operation)) {
    const context = { values, store: ctx.store, entities: ctx.entities ?? {}, lang: ctx.lang ?? 'ru', result: method.result }
    return answerRow(method, runItemOperation(operation, context))
  }
  switch (operation.kind) {
    case 'delete': {
      const id = values.get(operation.by)
      const deleted = typeof id === 'number' && ctx.store.delete(operation.entity, id, operation.cascade)
      if (!deleted) return { ok: false, row: getRowOrThrow(method, operation.notFound) }
      return { ok: true, result: method.result ?? true, recordId: id as number }
    }
    default: {
      const declared = ctx.entities?.[operation.entity]
      if (!declared) throw new Error(`${method.method} works on ${operation.entity}, which the entity table lacks`)
      // The entity's custom fields (crm.<entity>.userfield.*) join its typed fields for this call.
      const entity = declared.userFields ? withUserFields(declared, ctx.store) : declared
      const fill = ctx.now && { date: formatPortalDate(ctx.now()), callerId: ctx.caller.user.id }
      return answerRow(
        method,
        runRecordOperation(operation, { values, store: ctx.store, entity, lang: ctx.lang ?? 'ru', ...(fill ? { fill } : {}) }),
      )
    }
  }
}
