/**
 * The cases of one method, read off the spec's structure: every example, every parameter's
 * `invalidError`, `access.deniedError`, `operation.notFound`, and the rows no cause reaches. The
 * system rows are the same for every method (the mock's configuration and the client's shared
 * table answer them), so they are one table, run through one method (`buildSystemTable`).
 */
import { type EntitySpec, getBindingKey, type LoadedMethod, type MethodSpec, type SpecSet } from '@b24kit/spec'
import type { CaseData } from './case-shape.js'
import { buildErrorCases, getClientText, getRowOrThrow } from './errors.js'
import { findParamKey, getBrokenValues, setParam } from './params.js'

function buildExampleCases(spec: MethodSpec): CaseData[] {
  return spec.examples.flatMap((example, i) => {
    const base = { method: spec.method, typed: true, params: example.params, portal: {}, expect: { result: example.result } }
    const from = `examples[${i}]`
    const cases: CaseData[] = [
      { ...base, id: `example:${example.id}`, title: example.title.en, from, auth: 'webhook' },
      { ...base, id: `example:${example.id}:oauth`, title: `${example.title.en}, by OAuth token`, from, auth: 'oauth' },
    ]
    // The server casts php-int values from strings: the same call with numbers sent as strings.
    const cast = spec.params.filter((p) => p.coercion === 'php-int')
    let params = example.params
    for (const param of cast) {
      const value = params[param.name] ?? param.spellings?.map((s) => params[s]).find((v) => v !== undefined)
      if (typeof value === 'number') params = setParam(param, params, String(value))
    }
    if (params !== example.params) {
      const title = `${example.title.en}, numbers sent as strings`
      cases.push({ ...base, id: `example:${example.id}:as-strings`, title, from, auth: 'webhook', params })
    }
    return cases
  })
}

function buildParamCases(spec: MethodSpec, params: Record<string, unknown>): CaseData[] {
  return spec.params.flatMap((param, i) => {
    if (!param.invalidError) return []
    const row = getRowOrThrow(spec.errors, param.invalidError, spec.method)
    return getBrokenValues(param).flatMap((broken) =>
      buildErrorCases(row, {
        id: `param:${param.name}:${broken.name}`,
        title: `${row.id}: ${broken.title}`,
        from: `params[${i}].invalidError`,
        method: spec.method,
        typed: true,
        params: setParam(param, params, broken.value),
        auth: 'webhook',
        checkedBeforeSending: { description: getClientText(row) },
      }),
    )
  })
}

/** An id no seed record of the entity has: one past the largest, at least the parameter's minimum. */
export function getAbsentId(entity: EntitySpec | undefined, minimum: number | undefined): number {
  const ids = (entity?.seed ?? []).map((r) => Number(r[entity?.idField ?? ''])).filter(Number.isFinite)
  return Math.max(minimum ?? 1, ...ids.map((id) => id + 1))
}

function buildOperationCases(spec: MethodSpec, params: Record<string, unknown>, specs: SpecSet): CaseData[] {
  const { access, operation } = spec
  const cases: CaseData[] = []
  // Access written as text only names no permission the mock can take away.
  if (access.entity !== undefined && access.deniedError !== undefined) {
    const denied = getRowOrThrow(spec.errors, access.deniedError, spec.method)
    cases.push(
      ...buildErrorCases(denied, {
        id: `access:${denied.id}`,
        title: `${denied.id}: a user without "${access.permission}" on ${access.entity}`,
        from: 'access.deniedError',
        method: spec.method,
        typed: true,
        params,
        auth: 'userWithoutRights',
      }),
    )
  }
  if (operation.kind === 'example') cases.push(...buildNoMatchCases(spec, params))
  if (operation.kind === 'relation') cases.push(...buildInvalidBindingCases(spec, params))
  // Only operations on one record by id (delete, get, update) have a not-found row.
  const by = 'by' in operation ? spec.params.find((p) => p.name === operation.by) : undefined
  if (by && 'notFound' in operation && operation.notFound !== undefined) {
    const entity = specs.shared.entities.find((e) => e.name === operation.entity)
    const id = getAbsentId(entity, by.minimum)
    const row = getRowOrThrow(spec.errors, operation.notFound, spec.method)
    cases.push(
      ...buildErrorCases(row, {
        id: `operation:${row.id}`,
        title: `${row.id}: ${operation.entity} ${id} is not in the default store`,
        from: 'operation.notFound',
        method: spec.method,
        typed: true,
        params: setParam(by, params, id),
        auth: 'webhook',
      }),
    )
  }
  return cases
}

/**
 * An example-backed method's no-match row: the first example's params with one value no example
 * sends (the first declared parameter the example sets: a number grown past every example's, or a
 * string with a suffix).
 */
function buildNoMatchCases(spec: MethodSpec, params: Record<string, unknown>): CaseData[] {
  const { operation } = spec
  if (operation.kind !== 'example' || operation.noMatch === undefined) return []
  const sentOf = (p: (typeof spec.params)[number]) => params[findParamKey(p, params)]
  const param = spec.params.find((p) => typeof sentOf(p) === 'number' || typeof sentOf(p) === 'string')
  if (!param) return []
  const sent = sentOf(param)
  const others = spec.examples.map((e) => Number(e.params[findParamKey(param, e.params)])).filter(Number.isFinite)
  const value = typeof sent === 'number' ? Math.max(sent, ...others) + 1000 : `${String(sent)}-unmatched`
  const row = getRowOrThrow(spec.errors, operation.noMatch, spec.method)
  return buildErrorCases(row, {
    id: `operation:${row.id}`,
    title: `${row.id}: \`${param.name}\` = ${JSON.stringify(value)}, which no example sends`,
    from: 'operation.noMatch',
    method: spec.method,
    typed: true,
    params: setParam(param, params, value),
    auth: 'webhook',
  })
}

/** A relation's invalid-binding row: the first example's binding with its target id 0. */
function buildInvalidBindingCases(spec: MethodSpec, params: Record<string, unknown>): CaseData[] {
  const { operation } = spec
  if (operation.kind !== 'relation' || operation.itemInvalid === undefined || operation.items === undefined) return []
  const param = spec.params.find((p) => p.name === operation.items)
  if (!param) return []
  const key = getBindingKey(operation.target)
  const binding = { [key]: 0 }
  const row = getRowOrThrow(spec.errors, operation.itemInvalid, spec.method)
  return buildErrorCases(row, {
    id: `operation:${row.id}`,
    title: `${row.id}: a binding with \`${key}\` = 0`,
    from: 'operation.itemInvalid',
    method: spec.method,
    typed: true,
    params: setParam(param, params, param.type === 'array' ? [binding] : binding),
    auth: 'webhook',
  })
}

/** Every case of one method, in a fixed order: examples, parameters, access and operation, injected rows. */
export function buildMethodCases(loaded: LoadedMethod, specs: SpecSet): CaseData[] {
  const { spec } = loaded
  // The validator requires one example at least; its params are the base the error cases vary.
  const params = spec.examples[0]?.params ?? {}
  const own = [...buildExampleCases(spec), ...buildParamCases(spec, params), ...buildOperationCases(spec, params, specs)]
  return [...own, ...buildInjectedRowCases(spec, params, own)]
}

/**
 * The method's rows no case above reaches: the mock has no cause for them (a permission on one
 * record, an internal failure), so each is injected as a fault, and the client must still read it
 * as that row (its code, text, kind and errorId). So every row the spec lists is run.
 */
function buildInjectedRowCases(spec: MethodSpec, params: Record<string, unknown>, cases: readonly CaseData[]): CaseData[] {
  const reached = new Set(cases.flatMap((c) => ('error' in c.expect ? [c.expect.error.errorId] : [])))
  return spec.errors.flatMap((row, i) =>
    reached.has(row.id)
      ? []
      : buildErrorCases(row, {
          id: `row:${row.id}`,
          title: `${row.id}: an injected fault (the mock has no cause for this row)`,
          from: `errors[${i}]`,
          method: spec.method,
          typed: true,
          params,
          auth: 'webhook',
          portal: { faults: { errors: [{ method: spec.method, code: row.id, rate: 1 }] } },
        }),
  )
}
