/**
 * Validation of spec files: first each file against the model, then the set as a whole (names,
 * cross references, examples that keep their own parameter rules), so a bad spec never reaches the
 * emitters.
 */
import type { z } from 'zod'
import { checkAuthoring } from './check-authoring.js'
import { describeValue, fromZodIssues, type SpecIssue, SpecValidationError } from './issues.js'
import {
  type EntitySpec,
  type ErrorRow,
  entitySchema,
  type MethodSpec,
  methodSpecSchema,
  type ParamSpec,
  type RecordTypeSpec,
  recordTypeSchema,
  systemErrorsSchema,
} from './model.js'
import { checkEntityNames, checkModelParts } from './validate-shapes.js'

/** The shared part of the specs: system errors, record types, entities. */
export interface SharedSpecs {
  systemErrors: ErrorRow[]
  types: RecordTypeSpec[]
  entities: EntitySpec[]
}

/** A method spec with the file it came from. */
export interface LoadedMethod {
  file: string
  spec: MethodSpec
}

/** Everything the generator works from, validated. */
export interface SpecSet {
  methods: LoadedMethod[]
  shared: SharedSpecs
}

type Result<T> = { ok: true; value: T } | { ok: false; issues: SpecIssue[] }

/** Checks one method spec against the model. */
export function parseMethodSpec(file: string, input: unknown): Result<MethodSpec> {
  const parsed = methodSpecSchema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, issues: fromZodIssues(file, input, parsed.error.issues) }
}

/** Checks the shared specs (system errors, record types, entities) against the model. */
export function parseSharedSpecs(
  file: string,
  input: { systemErrors?: unknown; types?: unknown; entities?: unknown },
): Result<SharedSpecs> {
  const issues: SpecIssue[] = []
  const part = <S extends z.ZodType>(name: string, schema: S, value: unknown): z.output<S> | undefined => {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data
    const moved = parsed.error.issues.map((i) => ({ ...i, path: [name, ...i.path] }))
    issues.push(...fromZodIssues(file, { [name]: value }, moved))
    return undefined
  }
  const systemErrors = part('systemErrors', systemErrorsSchema, input.systemErrors)
  const types = part('types', recordTypeSchema.array(), input.types)
  const entities = part('entities', entitySchema.array(), input.entities)
  if (!systemErrors || !types || !entities) return { ok: false, issues }
  issues.push(...checkEntityNames(file, entities, types))
  const entityNames = new Set(entities.map((e) => e.name))
  entities.forEach((entity, i) => {
    const fieldNames = new Set<string>()
    entity.fields.forEach((field, j) => {
      if (fieldNames.has(field.name))
        issues.push({
          file,
          path: `entities[${i}].fields[${j}].name`,
          expected: 'a name no other field has',
          received: describeValue(field.name),
        })
      fieldNames.add(field.name)
    })
    if (entity.fields.length > 0 && !fieldNames.has(entity.idField))
      issues.push({
        file,
        path: `entities[${i}].idField`,
        expected: `one of the entity's fields (${[...fieldNames].join(', ')})`,
        received: describeValue(entity.idField),
      })
    issues.push(...checkBindings(file, i, entity, entityNames))
    entity.linked.forEach((link, j) => {
      if (!entityNames.has(link.entity)) {
        issues.push({
          file,
          path: `entities[${i}].linked[${j}].entity`,
          expected: `a declared entity (${[...entityNames].join(', ')})`,
          received: describeValue(link.entity),
        })
      }
    })
  })
  return issues.length ? { ok: false, issues } : { ok: true, value: { systemErrors, types, entities } }
}

/** The key a binding names its target by: `CONTACT_ID` for a contact (the pages' binding rows). */
export const getBindingKey = (target: string): string => `${target.toUpperCase()}_ID`

/** A binding declaration names a declared entity, and each seed row its owner and target by positive ids. */
function checkBindings(file: string, i: number, entity: EntitySpec, entityNames: ReadonlySet<string>): SpecIssue[] {
  const issues: SpecIssue[] = []
  entity.bindings?.forEach((binding, j) => {
    const at = `entities[${i}].bindings[${j}]`
    if (!entityNames.has(binding.target))
      issues.push({
        file,
        path: `${at}.target`,
        expected: `a declared entity (${[...entityNames].join(', ')})`,
        received: describeValue(binding.target),
      })
    binding.seed.forEach((row, k) => {
      for (const key of ['OWNER_ID', getBindingKey(binding.target)]) {
        const id = row[key]
        if (typeof id !== 'number' || !Number.isInteger(id) || id < 1)
          issues.push({ file, path: `${at}.seed[${k}].${key}`, expected: 'a positive integer id', received: describeValue(id) })
      }
    })
  })
  return issues
}

/** Reads a PHP-style integer from a value, as `(int)` does on the server. */
export function castPhpInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string') {
    const match = /^\s*[+-]?\d+/.exec(value)
    return match ? Number.parseInt(match[0], 10) : 0
  }
  return undefined
}

/** Why a value breaks a parameter's rules, or undefined when it keeps them. */
export function checkParamValue(param: ParamSpec, value: unknown): string | undefined {
  if (value === undefined || value === null) return param.required ? 'a value (the parameter is required)' : undefined
  if (param.type === 'integer') {
    const n = param.coercion === 'php-int' ? castPhpInt(value) : Number.isInteger(value) ? (value as number) : undefined
    if (n === undefined) return 'an integer'
    if (param.minimum !== undefined && n < param.minimum) return `an integer >= ${param.minimum}`
    return undefined
  }
  const actual = Array.isArray(value) ? 'array' : typeof value
  if (param.type === 'file')
    return actual === 'array' || actual === 'object' ? undefined : 'a file: [name, base64] or { fileData: [name, base64] }'
  if (actual !== param.type) return `a value of type ${param.type}`
  if (param.enum && !param.enum.some((e) => e.value === value)) return `one of ${param.enum.map((e) => JSON.stringify(e.value)).join(', ')}`
  return undefined
}

function checkMethod(loaded: LoadedMethod, shared: SharedSpecs, specNames: ReadonlySet<string>): SpecIssue[] {
  const { file, spec } = loaded
  const issues: SpecIssue[] = []
  const add = (path: string, expected: string, received: unknown) =>
    issues.push({ file, path, expected, received: describeValue(received) })

  const base = file.split(/[\\/]/).pop() ?? file
  if (base.endsWith('.ts') && base !== `${spec.method}.ts`) {
    add('method', `the name of the file (${base.replace(/\.ts$/, '')})`, spec.method)
  }
  const errorIds = new Set<string>()
  const systemIds = new Set(shared.systemErrors.map((e) => e.id))
  spec.errors.forEach((row, i) => {
    if (errorIds.has(row.id) || systemIds.has(row.id)) add(`errors[${i}].id`, 'an id no other error row has', row.id)
    errorIds.add(row.id)
    const twin = spec.errors.findIndex((o, j) => j < i && o.code === row.code && JSON.stringify(o.text) === JSON.stringify(row.text))
    if (twin >= 0) add(`errors[${i}]`, `a code and text that tell it apart from errors[${twin}]`, { code: row.code, text: row.text })
  })
  const errorRef = (path: string, id: string | undefined) => {
    if (id !== undefined && !errorIds.has(id)) add(path, `the id of an error row (${[...errorIds].join(', ')})`, id)
  }
  const paramNames = new Map<string, ParamSpec>()
  spec.params.forEach((param, i) => {
    if (paramNames.has(param.name)) add(`params[${i}].name`, 'a name no other parameter has', param.name)
    paramNames.set(param.name, param)
    errorRef(`params[${i}].invalidError`, param.invalidError)
    if (param.coercion === 'php-int' && param.type !== 'integer')
      add(`params[${i}].coercion`, 'php-int only on an integer parameter', param.coercion)
  })
  errorRef('access.deniedError', spec.access.deniedError)
  // The sample error may be a system row where the page lists no row of its own.
  if (!errorIds.has(spec.errorExample) && !systemIds.has(spec.errorExample))
    add('errorExample', `the id of an error row (${[...errorIds].join(', ')}) or of a system row`, spec.errorExample)
  const { operation } = spec
  if ('notFound' in operation) errorRef('operation.notFound', operation.notFound)
  if ('invalidValue' in operation) errorRef('operation.invalidValue', operation.invalidValue)
  if (operation.kind === 'userfield') {
    errorRef('operation.foreign', operation.foreign)
    for (const [why, id] of Object.entries(operation.refusals ?? {})) errorRef(`operation.refusals.${why}`, id)
    // What each action reads: the field by id (get, update, delete), the sent field (add, update).
    const needs = { by: ['get', 'update', 'delete'], notFound: ['get', 'update', 'delete'], fields: ['add', 'update'] } as const
    for (const [key, actions] of Object.entries(needs))
      if ((actions as readonly string[]).includes(operation.action) && operation[key as keyof typeof needs] === undefined)
        add(`operation.${key}`, `a value for the ${operation.action} action`, undefined)
    const owner = shared.entities.find((e) => e.name === operation.owner)
    if (!owner?.userFields || owner.userFields.entity !== operation.entity)
      add('operation.owner', `an entity whose userFields are kept in ${operation.entity}`, operation.owner)
  }

  const entities = new Set(shared.entities.map((e) => e.name))
  const known = `a declared entity (${[...entities].join(', ')})`
  if (operation.entity !== undefined && !entities.has(operation.entity)) add('operation.entity', known, operation.entity)
  if (spec.access.entity !== undefined && !entities.has(spec.access.entity)) add('access.entity', known, spec.access.entity)
  issues.push(...checkModelParts(file, spec, shared, paramNames, errorIds))
  // Every parameter an operation reads must be a parameter of the method.
  for (const key of ['by', 'fields', 'filter', 'order', 'select', 'start', 'entityTypeBy', 'originalUfNamesBy', 'items'] as const) {
    const ref = (operation as Partial<Record<typeof key, string>>)[key]
    if (ref !== undefined && !paramNames.has(ref))
      add(`operation.${key}`, `a parameter of the method (${[...paramNames.keys()].join(', ')})`, ref)
  }
  // A record is written from somewhere: the sent fields, or (crm.item.payment.*) its owner and fixed values.
  const writes = operation.kind === 'add' || operation.kind === 'update'
  const source = operation.kind === 'add' ? '`ownerBy` naming its owner' : '`set` with the values it writes'
  if (writes && operation.fields === undefined && (operation.kind === 'add' ? operation.ownerBy : operation.set) === undefined)
    add('operation.fields', `the parameter holding the record's fields (or ${source})`, undefined)
  for (const [field, param] of Object.entries(('ownerBy' in operation && operation.ownerBy) || {}))
    if (!paramNames.has(param)) add(`operation.ownerBy.${field}`, `a parameter of the method (${[...paramNames.keys()].join(', ')})`, param)
  // Operations that read or write records need the entity's typed fields.
  const entity = shared.entities.find((e) => e.name === operation.entity)
  if (operation.kind === 'get' && operation.match !== undefined && entity && !entity.fields.some((f) => f.name === operation.match))
    add('operation.match', `a field of ${entity.name} (${entity.fields.map((f) => f.name).join(', ')})`, operation.match)
  if (entity && !['delete', 'relation', 'example', 'userfield'].includes(operation.kind) && entity.fields.length === 0)
    add('operation.entity', `an entity with typed fields (declare fields on ${entity.name} in specs/shared)`, operation.entity)

  if (spec.result.const !== undefined) {
    const t = spec.result.const === null ? 'null' : Array.isArray(spec.result.const) ? 'array' : typeof spec.result.const
    if (t !== (spec.result.type === 'integer' ? 'number' : spec.result.type))
      add('result.const', `a ${spec.result.type}`, spec.result.const)
  }
  // Events carry the changed record's id: only operations that change one fire them.
  spec.events?.forEach((event, i) => {
    if (!['add', 'update', 'delete'].includes(operation.kind))
      add(`events[${i}]`, 'an add, update or delete operation to fire events', operation.kind)
    if (spec.events?.findIndex((e) => e.name === event.name) !== i)
      add(`events[${i}].name`, 'a name no other event of the method has', event.name)
  })
  if (spec.deprecated?.replacement === spec.method) add('deprecated.replacement', 'another method', spec.deprecated.replacement)
  spec.related.forEach((name, i) => {
    if (name === spec.method) add(`related[${i}]`, 'another method', name)
  })

  const exampleIds = new Set<string>()
  spec.examples.forEach((example, i) => {
    if (exampleIds.has(example.id)) add(`examples[${i}].id`, 'an id no other example has', example.id)
    exampleIds.add(example.id)
    const spellingOf = new Map<string, string>()
    for (const p of spec.params) for (const s of p.spellings ?? [p.name]) spellingOf.set(s, p.name)
    for (const key of Object.keys(example.params)) {
      if (!spellingOf.has(key) && !paramNames.has(key))
        add(`examples[${i}].params.${key}`, `a parameter of the method (${[...paramNames.keys()].join(', ')})`, key)
    }
    for (const param of spec.params) {
      const key = [param.name, ...(param.spellings ?? [])].find((k) => k in example.params)
      const value = key === undefined ? undefined : example.params[key]
      const broken = checkParamValue(param, value)
      if (broken) add(`examples[${i}].params.${key ?? param.name}`, broken, value)
    }
    if (spec.result.const !== undefined && JSON.stringify(example.result) !== JSON.stringify(spec.result.const)) {
      add(`examples[${i}].result`, `the method's result ${JSON.stringify(spec.result.const)}`, example.result)
    }
  })
  checkAuthoring(spec, entity, shared.entities, specNames, add)
  return issues
}

/** Options of validateSpecSet. */
export interface ValidateSetOptions {
  /**
   * Methods whose own checks (against the shared specs and the other methods' names) passed before
   * with these same shared specs and names: a loader's cache knows, and skips walking them again.
   * Names are still checked for duplicates across the set.
   */
  isChecked?: (method: LoadedMethod) => boolean
}

/** Checks the set as a whole; throws one error listing every problem, or returns the set. */
export function validateSpecSet(methods: LoadedMethod[], shared: SharedSpecs, options: ValidateSetOptions = {}): SpecSet {
  const issues: SpecIssue[] = []
  const seen = new Map<string, string>()
  const specNames = new Set(methods.map((m) => m.spec.method))
  for (const loaded of methods) {
    const first = seen.get(loaded.spec.method)
    if (first)
      issues.push({
        file: loaded.file,
        path: 'method',
        expected: `a method name not already declared in ${first}`,
        received: describeValue(loaded.spec.method),
      })
    else seen.set(loaded.spec.method, loaded.file)
    if (!options.isChecked?.(loaded)) issues.push(...checkMethod(loaded, shared, specNames))
  }
  if (issues.length) throw new SpecValidationError(issues)
  const sorted = [...methods].sort((a, b) => (a.spec.method < b.spec.method ? -1 : a.spec.method > b.spec.method ? 1 : 0))
  return { methods: sorted, shared }
}
