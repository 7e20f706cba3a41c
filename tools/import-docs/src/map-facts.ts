/**
 * Maps a method's facts onto the spec model as it is today (`packages/spec/src/model.ts`): the
 * spec input, the fields a person must still fill or confirm, and the model features the page
 * needs that the model lacks (the list issue 14's follow-up works from). Prose is never taken:
 * every summary, description and title is a `TODO` marker, which validation refuses.
 */
import { type MethodSpecInput, methodNameSchema, methodSpecSchema, operationKinds, type paramTypes } from '@b24kit/spec'
import type { ErrorFact, MethodFacts, ParamFact } from './facts.js'

type ParamType = (typeof paramTypes)[number]
type SpecError = NonNullable<MethodSpecInput['errors']>[number]

/** A localized text still to write; `field` says which, so the marker reads well in a diff. */
export function createTodo(field: string): { ru: string; en: string } {
  return { ru: `TODO: ${field}`, en: `TODO: ${field}` }
}

/** What the writer makes of one method. */
export interface MappedSpec {
  spec: MethodSpecInput
  /** Fields a person must write or confirm, with why (beyond the TODO texts every spec has). */
  edits: string[]
  /** Model features the page needs; blocking ones make the method not writable with this model. */
  missing: { feature: string; blocking: boolean }[]
}

const TYPE_MAP: Record<string, ParamType> = {
  integer: 'integer',
  int: 'integer',
  user: 'integer',
  crm_company: 'integer',
  crm_contact: 'integer',
  crm_lead: 'integer',
  crm_deal: 'integer',
  crm_quote: 'integer',
  crm_category: 'integer',
  double: 'number',
  float: 'number',
  number: 'number',
  string: 'string',
  text: 'string',
  char: 'string',
  date: 'string',
  datetime: 'string',
  crm_status: 'string',
  crm_currency: 'string',
  boolean: 'boolean',
  bool: 'boolean',
  object: 'object',
  array: 'array',
  crm_multifield: 'array',
}

/**
 * Docs types that name one field of another record (`crm_currency.CURRENCY`: a currency's code, a
 * string such as `USD`), by their lower-case spelling.
 */
const FIELD_REFERENCE_MAP: Record<string, ParamType> = {
  'crm_currency.currency': 'string',
}

/** The model type of a docs type (`object[]` is an array), or undefined when the model has none. */
export function mapType(docsType: string): ParamType | undefined {
  const t = docsType.trim().toLowerCase()
  if (t.endsWith('[]')) return 'array'
  // `sale_order_payment.id`: the id of a record of another entity, a number on the wire.
  if (/^[a-z_]+\.id$/.test(t)) return 'integer'
  return FIELD_REFERENCE_MAP[t] ?? TYPE_MAP[t]
}

/**
 * The model type of a result: scalars as for params; any other lower-case docs type names a record
 * the page documents (`contact`, `deal`), which the model holds as an object for now.
 */
export function mapResultType(docsType: string): Exclude<ParamType, 'file'> | undefined {
  const t = docsType.trim().toLowerCase()
  // A file is a parameter type only: no method answers one.
  const type = mapType(t)
  if (type === 'file') return undefined
  return type ?? (/^[a-z][a-z0-9_]*$/.test(t) && t !== 'file' ? 'object' : undefined)
}

/** A camelCase row id from an error code or text: `ERROR_CORE` -> `errorCore`. */
export function createErrorId(row: ErrorFact, taken: Set<string>): string {
  const known = KNOWN_IDS[(row.text?.en ?? '').replace(/\.$/, '').toLowerCase()]
  if (known && !row.code && !taken.has(known)) {
    taken.add(known)
    return known
  }
  const source = row.code || row.text?.en || row.text?.ru || 'error'
  const words = source
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter(Boolean)
    .slice(0, 5)
  let id = words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('') || 'error'
  if (!/^[a-z]/.test(id)) id = `error${id[0]?.toUpperCase()}${id.slice(1)}`
  let unique = id
  for (let n = 2; taken.has(unique); n++) unique = `${id}${n}`
  taken.add(unique)
  return unique
}

// The rows most CRM pages share keep the ids the hand-written specs use.
const KNOWN_IDS: Record<string, string> = {
  'id is not defined or invalid': 'invalidId',
  'access denied': 'accessDenied',
  'not found': 'notFound',
}

/** The error kind a row's code and text suggest; undefined when nothing does. */
export function guessErrorKind(row: ErrorFact): SpecError['kind'] | undefined {
  const hay = `${row.code} ${row.text?.en ?? ''}`.toLowerCase()
  if (/access|denied|permission|forbidden|allowed_only/.test(hay)) return 'accessDenied'
  if (/not.?found|не найден/.test(hay)) return 'notFound'
  if (/invalid|not defined|required|missing|must be|not valid|empty|wrong|incorrect|argument/.test(hay)) return 'invalidParams'
  return undefined
}

function mapParams(facts: MethodFacts, mapped: MappedSpec): MethodSpecInput['params'] {
  const verb = facts.method.split('.').at(-1) as string
  return facts.params.map((p: ParamFact, i) => {
    const type = mapType(p.type)
    if (/\.id$/i.test(p.type)) mapped.missing.push({ feature: `typed id references (params.${p.name}: ${p.type})`, blocking: false })
    if (!type) mapped.missing.push({ feature: `param type \`${p.type || '(none given)'}\` (params.${p.name})`, blocking: true })
    if (p.enumValues)
      mapped.missing.push({ feature: `enum values on params (params.${p.name}: ${p.enumValues.join(', ')})`, blocking: false })
    if (/^date(time)?$/.test(p.type)) mapped.missing.push({ feature: `date formats on params (params.${p.name})`, blocking: false })
    // An add/update `fields` table is the entity's fields (declared once in specs/shared); any other
    // nested table is the parameter's own shape: its properties, or those of each element of a list.
    const entityFields = p.name.toLowerCase() === 'fields' && (verb === 'add' || verb === 'update')
    if (p.children?.length && entityFields)
      mapped.missing.push({
        feature: `typed entity fields read from the docs (params.${p.name}: ${p.children.length} fields)`,
        blocking: false,
      })
    const shape = p.children?.length && !entityFields ? mapNestedShape(type, p.children, `params[${i}]`) : {}
    // CRM reads `ID`, then `id`, cast as PHP does (see the reference); other ids are left as the page types them.
    const idFacts =
      p.name.toLowerCase() === 'id' && type === 'integer' ? { spellings: ['ID', 'id'], coercion: 'php-int' as const, minimum: 1 } : {}
    return {
      name: p.name,
      type: type ?? 'object',
      required: p.required,
      ...idFacts,
      description: createTodo(`params[${i}].description`),
      ...shape,
    }
  })
}

type PropertyInput = NonNullable<MethodSpecInput['params'][number]['properties']>[number]

/** The properties of a nested table, each typed as the model's value types name it (`string` where none fits). */
function mapProperties(children: readonly ParamFact[], at: string): PropertyInput[] {
  return children.map((child, j) => {
    const type = mapType(child.type) ?? 'string'
    return {
      name: child.name,
      type,
      required: child.required,
      description: createTodo(`${at}.properties[${j}].description`),
      ...(child.children?.length ? mapNestedShape(type, child.children, `${at}.properties[${j}]`) : {}),
    }
  })
}

/** A nested table as a shape: an object's properties, or a list's item object. */
function mapNestedShape(type: ParamType | undefined, children: readonly ParamFact[], at: string) {
  return type === 'array'
    ? { items: { type: 'object' as const, properties: mapProperties(children, `${at}.items`) } }
    : { properties: mapProperties(children, at) }
}

/** The relation a method name says, by the pages' naming: `crm.<owner>.<target>.items.get|set|delete`, `.add`, `.delete`. */
const relationActions: Readonly<Record<string, 'get' | 'set' | 'clear' | 'add' | 'delete'>> = {
  'items.get': 'get',
  'items.set': 'set',
  'items.delete': 'clear',
  add: 'add',
  delete: 'delete',
}

function readRelation(method: string, knownEntities: ReadonlySet<string>) {
  const [, owner = '', target = '', ...rest] = method.split('.')
  const action = relationActions[rest.join('.')]
  if (!action || !knownEntities.has(owner) || !knownEntities.has(target)) return undefined
  return { owner, target, action }
}

function mapErrors(facts: MethodFacts, mapped: MappedSpec): NonNullable<MethodSpecInput['errors']> {
  const taken = new Set<string>()
  const sample = facts.errorSample?.status
  return facts.errors.map((row, i) => {
    const kind = guessErrorKind(row)
    if (!kind) mapped.edits.push(`errors[${i}].kind (nothing in the code or text says which)`)
    const text =
      row.text?.en && row.text.ru && row.text.en !== row.text.ru ? { ru: row.text.ru, en: row.text.en } : (row.text?.en ?? row.text?.ru)
    if (!text) mapped.edits.push(`errors[${i}].text (the table paraphrases; the server's text is not given)`)
    if (row.status === undefined)
      mapped.edits.push(
        `errors[${i}].status (not given; ${sample === undefined ? '400 assumed' : `${sample} as in the sample error answer`})`,
      )
    return {
      id: createErrorId(row, taken),
      code: row.code,
      status: row.status ?? sample ?? 400,
      text: text ?? 'TODO: the server text',
      kind: kind ?? 'invalidParams',
      when: createTodo(`errors[${i}].when`),
    }
  })
}

function mapOperation(
  facts: MethodFacts,
  mapped: MappedSpec,
  errors: NonNullable<MethodSpecInput['errors']>,
  entity: string,
  knownEntities: ReadonlySet<string>,
): MethodSpecInput['operation'] | undefined {
  const segments = facts.method.split('.')
  const verb = segments.at(-1) as string
  const notFound = errors.find((e) => e.kind === 'notFound')?.id
  const byId = facts.params.find((p) => p.name.toLowerCase() === 'id')?.name
  const relation = readRelation(facts.method, knownEntities)
  if (relation && byId && notFound) {
    const items = relation.action === 'set' ? 'items' : relation.action === 'add' || relation.action === 'delete' ? 'fields' : undefined
    const param = items && facts.params.find((p) => p.name.toLowerCase() === items)?.name
    return {
      kind: 'relation',
      action: relation.action,
      entity: relation.owner,
      target: relation.target,
      by: byId,
      ...(param ? { items: param } : {}),
      notFound,
    }
  }
  // A verb the mock has no record operation for (or a binding's own `fields`): answered from the examples.
  const onBinding = segments.length > 3 && knownEntities.has(segments.at(-2) as string)
  if (!(operationKinds as readonly string[]).includes(verb) || onBinding) {
    mapped.edits.push(`operation (example-backed: model the effect if \`${verb}\` changes records)`)
    return { kind: 'example', entity }
  }
  const kind = verb as (typeof operationKinds)[number]
  if ((kind === 'delete' || kind === 'get' || kind === 'update') && (!notFound || !byId)) {
    mapped.edits.push(`operation (${!byId ? 'no id parameter' : 'no not-found error row'})`)
    return undefined
  }
  const has = (name: string) => facts.params.find((p) => p.name.toLowerCase() === name)?.name
  switch (kind) {
    case 'delete':
      mapped.edits.push('operation.cascade (false until someone reads what the page says goes with the record)')
      return { kind, entity, by: byId as string, cascade: false, notFound: notFound as string }
    case 'get':
      return { kind, entity, by: byId as string, notFound: notFound as string }
    case 'update':
      return { kind, entity, by: byId as string, fields: has('fields') ?? 'fields', notFound: notFound as string }
    case 'add':
      return { kind, entity, fields: has('fields') ?? 'fields' }
    case 'list': {
      const op: Extract<MethodSpecInput['operation'], { kind: 'list' }> = { kind, entity }
      for (const key of ['filter', 'order', 'select', 'start'] as const) {
        const name = has(key)
        if (name) op[key] = name
      }
      return op
    }
    case 'fields':
      return { kind, entity }
  }
}

/** The row the page's sample error answer shows (texts compared without a final period). */
function findSampleRow(errors: NonNullable<MethodSpecInput['errors']>, facts: MethodFacts): SpecError | undefined {
  const body = facts.errorSample?.body as { error?: string; error_description?: string } | undefined
  const bare = (text: string) => text.replace(/\.$/, '')
  const sample = body?.error_description
  if (sample === undefined) return undefined
  return errors.find((e) => e.code === (body?.error ?? '') && bare(typeof e.text === 'string' ? e.text : e.text.en) === bare(sample))
}

/** Maps one method's facts onto the current spec model. */
export function mapFactsToSpec(facts: MethodFacts, knownEntities: ReadonlySet<string>): MappedSpec {
  const mapped: MappedSpec = { spec: {} as MethodSpecInput, edits: [], missing: [] }
  if (!methodNameSchema.safeParse(facts.method).success)
    mapped.missing.push({ feature: `method names with capitals (${facts.method})`, blocking: true })
  const related = facts.related.filter((r) => r !== facts.method && methodNameSchema.safeParse(r).success)
  const dropped = facts.related.filter((r) => r !== facts.method && !related.includes(r))
  if (dropped.length) mapped.missing.push({ feature: `method names with capitals (related: ${dropped.join(', ')})`, blocking: false })
  if (!facts.scope) mapped.edits.push('scope (the page names none)')
  else if (!methodSpecSchema.shape.scope.safeParse(facts.scope).success)
    mapped.missing.push({ feature: `scope names with dots (${facts.scope})`, blocking: true })
  const entity = facts.access?.entity ?? facts.method.split('.')[1] ?? 'unknown'
  if (!knownEntities.has(entity)) mapped.edits.push(`access.entity (declare the entity \`${entity}\` in specs/shared/entities.ts)`)
  if (!facts.access?.permission) mapped.edits.push('access.permission (the page names no permission)')
  const params = mapParams(facts, mapped)
  const errors = mapErrors(facts, mapped)
  if (errors.length === 0) mapped.edits.push('errors (the page lists no error rows; the model needs at least one)')
  const resultType = facts.result ? mapResultType(facts.result.type) : undefined
  if (facts.result && resultType === 'object' && !mapType(facts.result.type))
    mapped.missing.push({ feature: `named result records (result: ${facts.result.type})`, blocking: false })
  if (!facts.result) mapped.edits.push('result (the page gives no result type)')
  else if (!resultType) mapped.missing.push({ feature: `result type \`${facts.result.type}\``, blocking: true })
  if (facts.result?.fields.length)
    mapped.missing.push({ feature: `result shapes (${facts.result.fields.length} documented fields)`, blocking: false })
  const example = facts.examples[0]
  if (!example?.params) mapped.edits.push('examples[0].params (no cURL body that parses)')
  const answer = example?.answer?.body as { result?: unknown; time?: Record<string, number | string> } | undefined
  if (!answer || !('result' in answer)) mapped.edits.push('examples[0].result (no sample answer that parses)')
  if (example?.answer?.repaired?.length)
    mapped.edits.push(`examples[0].result (the sample answer was repaired: ${example.answer.repaired.join(', ')})`)
  const operation = mapOperation(facts, mapped, errors, entity, knownEntities)
  const deniedError = errors.find((e) => e.kind === 'accessDenied')?.id
  if (!deniedError) mapped.edits.push('access.deniedError (no access-denied row on the page)')
  // Keys in the order a spec reads, as its page does (see specs/crm.contact.delete.ts).
  const spec: Omit<MethodSpecInput, 'operation'> & Partial<Pick<MethodSpecInput, 'operation'>> = {
    method: facts.method,
    scope: facts.scope ?? 'TODO',
    summary: createTodo('summary'),
    description: createTodo('description'),
    access: {
      entity,
      permission: facts.access?.permission ?? 'read',
      description: createTodo('access.description'),
      deniedError: deniedError ?? errors[0]?.id ?? 'todo',
    },
    params,
    result: {
      type: resultType ?? 'object',
      ...(resultType === 'boolean' && answer?.result === true ? { const: true } : {}),
      description: createTodo('result.description'),
    },
    errors,
    errorExample: findSampleRow(errors, facts)?.id ?? errors[0]?.id ?? 'todo',
    examples: [
      {
        id: 'fromDocs',
        title: createTodo('examples[0].title'),
        params: (example?.params ?? {}) as Record<string, never>,
        result: (answer?.result ?? null) as never,
        ...(answer?.time ? { time: answer.time } : {}),
      },
    ],
    related,
  }
  if (facts.deprecated) {
    if (facts.deprecated.replacement) spec.deprecated = { replacement: facts.deprecated.replacement, note: createTodo('deprecated.note') }
    else mapped.edits.push('deprecated.replacement (the page deprecates the method without naming a replacement)')
  }
  spec.operation = operation ?? { kind: 'fields', entity }
  mapped.spec = spec as MethodSpecInput
  return mapped
}
