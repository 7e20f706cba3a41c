/**
 * JSON Schemas (OpenAPI 3.1 dialect) of what a method sends and answers: its parameters under their
 * names and under each accepted spelling, its result, the shared `time` block and the error body.
 */
import type { EntityFieldSpec, EntitySpec, MethodSpec, ParamSpec, RecordTypeSpec } from '@b24kit/spec'
import { toPascalName } from '../../naming.js'
import {
  type EntityTyping,
  filterOperators,
  flagValues,
  getEntityTyping,
  getFieldShape,
  getWritableFields,
  isAlwaysAnswered,
  isNullableAnswer,
  orderValues,
} from '../client/entity-fields.js'
import { buildCamelFieldsSchema, buildCamelResultSchema, getFixedEntity } from './item-schemas.js'

/** A JSON Schema object; the emitter builds plain data. */
export type JsonSchema = Record<string, unknown>

/** A `$ref` to a schema in `components.schemas`. */
export function refSchema(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` }
}

/** Names of a method's component schemas: `CrmContactDeleteParams`, `...Result`, `...Response`. */
export function getSchemaNames(method: string): { params: string; result: string } {
  const base = toPascalName(method)
  return { params: `${base}Params`, result: `${base}Result` }
}

/** The schema of one parameter value, with its constraints and how the server reads it. */
export function buildParamSchema(param: ParamSpec): JsonSchema {
  const notes = [param.description.en]
  if (param.coercion === 'php-int') notes.push('The server casts the value like PHP (int): "50" is 50, "12abc" is 12, "abc" is 0.')
  if (param.spellings && param.spellings.length > 1) notes.push(`Read as ${param.spellings.map((s) => `\`${s}\``).join(', then ')}.`)
  const schema: JsonSchema = { type: param.type, description: notes.join(' '), ...openShape(param.type) }
  if (param.minimum !== undefined) schema.minimum = param.minimum
  return schema
}

/**
 * Objects and arrays whose members the spec does not type are open: without this, openapi-typescript
 * reads a bare `type: object` as `Record<string, never>`, while the client (rightly) accepts any member.
 */
function openShape(type: string): JsonSchema {
  if (type === 'object') return { additionalProperties: true }
  if (type === 'array') return { items: {} }
  return {}
}

/** Adds `null` to a schema's type (and enum). */
function orNull(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema, type: [schema.type, 'null'] }
  if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null]
  return out
}

const multiFieldValue: JsonSchema = {
  type: 'object',
  description: 'One value of a multi-field (PHONE, EMAIL, WEB, IM).',
  properties: { ID: { type: 'string' }, VALUE_TYPE: { type: 'string' }, VALUE: { type: 'string' }, TYPE_ID: { type: 'string' } },
  required: ['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID'],
}
const multiFieldInput: JsonSchema = {
  type: 'object',
  description:
    'A multi-field value to write: with the `ID` of a stored value it changes it (an empty `VALUE` deletes it); without, it is added.',
  properties: { ID: { type: 'string' }, VALUE_TYPE: { type: 'string' }, VALUE: { type: 'string' }, TYPE_ID: { type: 'string' } },
  required: ['VALUE_TYPE', 'VALUE'],
}

/** A field's schema in an answer: ids and numbers as strings, `Y`/`N` flags, multi-fields as lists. */
function buildAnswerFieldSchema(entity: EntitySpec, field: EntityFieldSpec): JsonSchema {
  const shape = getFieldShape(field)
  if (shape === 'multi') return { type: 'array', items: multiFieldValue }
  const one: JsonSchema =
    shape === 'flag'
      ? { type: 'string', enum: [...flagValues] }
      : shape === 'file'
        ? { type: 'object', additionalProperties: true }
        : { type: 'string' }
  const schema = field.isMultiple ? { type: 'array', items: one } : one
  return { ...(isNullableAnswer(entity, field) ? orNull(schema) : schema), description: field.title.en }
}

/** A field's schema in add and update. */
function buildInputFieldSchema(field: EntityFieldSpec): JsonSchema {
  const shape = getFieldShape(field)
  if (shape === 'multi') return { type: 'array', items: multiFieldInput, description: field.title.en }
  const one: JsonSchema = {
    numeric: { type: ['integer', 'string'] },
    double: { type: 'number' },
    flag: { type: 'string', enum: [...flagValues] },
    text: { type: 'string' },
    file: { type: 'object', additionalProperties: true },
  }[shape]
  return { ...(field.isMultiple ? { type: 'array', items: one } : one), description: field.title.en }
}

/** An entity's record as get answers it (`partial`: a list item, with the fields `select` asked for). */
function buildEntityRecordSchema(entity: EntitySpec, partial: boolean): JsonSchema {
  const properties = Object.fromEntries(entity.fields.map((f) => [f.name, buildAnswerFieldSchema(entity, f)]))
  const required = partial ? [] : entity.fields.filter(isAlwaysAnswered).map((f) => f.name)
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) }
}

/** The schema of a param its entity's fields type: the writable fields, select, order or filter. */
function buildEntityParamSchema(entity: EntitySpec, role: EntityRole): JsonSchema {
  const names = entity.fields.map((f) => f.name)
  switch (role) {
    case 'fields':
      return { type: 'object', properties: Object.fromEntries(getWritableFields(entity).map((f) => [f.name, buildInputFieldSchema(f)])) }
    case 'select':
      return { type: 'array', items: { type: 'string', enum: ['*', ...names] } }
    case 'order':
      return { type: 'object', properties: Object.fromEntries(names.map((n) => [n, { type: 'string', enum: [...orderValues] }])) }
    case 'filter':
      return { type: 'object', properties: Object.fromEntries(filterOperators.flatMap((op) => names.map((n) => [`${op}${n}`, {}]))) }
  }
}

type EntityRole = EntityTyping['params'][string]
/** The kinds of shared schema an entity with typed fields gets: its record, a list item, and one per param role. */
const entityKinds = ['Record', 'Item', 'Fields', 'Select', 'Order', 'Filter'] as const
type EntityKind = (typeof entityKinds)[number]
const roleKinds: Record<EntityRole, EntityKind> = { fields: 'Fields', select: 'Select', order: 'Order', filter: 'Filter' }

/** The component name of an entity's shared schema: `ContactRecord`, `ContactFilter`. */
export function getEntitySchemaName(entity: EntitySpec, kind: EntityKind): string {
  return `${toPascalName(entity.name)}${kind}`
}

/**
 * The shared schemas of every entity with typed fields, written once in `components.schemas`:
 * each method's params and result refer to them, so a record's 30 fields are not copied into
 * every method that reads or writes it.
 */
export function buildEntityComponents(entities: readonly EntitySpec[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {}
  for (const entity of entities) {
    if (entity.fields.length === 0) continue
    out[getEntitySchemaName(entity, 'Record')] = buildEntityRecordSchema(entity, false)
    out[getEntitySchemaName(entity, 'Item')] = buildEntityRecordSchema(entity, true)
    for (const role of Object.keys(roleKinds) as EntityRole[])
      out[getEntitySchemaName(entity, roleKinds[role])] = buildEntityParamSchema(entity, role)
  }
  return out
}

function buildObjectSchema(
  method: MethodSpec,
  keyOf: (p: ParamSpec) => string,
  description: string,
  entities: readonly EntitySpec[],
): JsonSchema {
  const typing = getEntityTyping(method, entities)
  const properties: Record<string, JsonSchema> = {}
  for (const param of method.params) {
    const role = typing?.params[param.name]
    const schema = buildParamSchema(param)
    properties[keyOf(param)] =
      role && typing ? { ...refSchema(getEntitySchemaName(typing.entity, roleKinds[role])), description: schema.description } : schema
  }
  // crm.type.add/update: `fields` are the smart process's writable fields.
  const fixed = getFixedEntity(method, entities)
  const fieldsParam = 'fields' in method.operation ? method.operation.fields : undefined
  if (fixed && typeof fieldsParam === 'string' && properties[fieldsParam])
    properties[fieldsParam] = { ...buildCamelFieldsSchema(fixed), description: properties[fieldsParam].description }
  const required = method.params.filter((p) => p.required).map(keyOf)
  return { type: 'object', description, properties, ...(required.length > 0 ? { required } : {}) }
}

/** The parameters under their names: the shape the b24kit client sends and its types describe. */
export function buildParamsSchema(method: MethodSpec, entities: readonly EntitySpec[] = []): JsonSchema {
  return buildObjectSchema(method, (p) => p.name, `Parameters of ${method.method}.`, entities)
}

/**
 * The parameters under other spellings: each property points at the same parameter's schema in
 * the method's Params by JSON pointer, so its type, constraints and description are written once.
 */
function buildSpelledSchema(method: MethodSpec, keyOf: (p: ParamSpec) => string, description: string): JsonSchema {
  const params = getSchemaNames(method.method).params
  const properties: Record<string, JsonSchema> = {}
  for (const param of method.params)
    properties[keyOf(param)] = { $ref: `#/components/schemas/${params}/properties/${escapePointer(param.name)}` }
  const required = method.params.filter((p) => p.required).map(keyOf)
  return { type: 'object', description, properties, ...(required.length > 0 ? { required } : {}) }
}

/** A name as a JSON pointer token (RFC 6901): `~` and `/` escaped. */
const escapePointer = (name: string) => name.replaceAll('~', '~0').replaceAll('/', '~1')

/**
 * The request body: the parameters under their names, or under the n-th accepted spelling of each
 * (`ID` for `id`), any of which the server takes.
 */
export function buildRequestSchema(method: MethodSpec): JsonSchema {
  const names = getSchemaNames(method.method)
  const variants: JsonSchema[] = [refSchema(names.params)]
  const seen = new Set([method.params.map((p) => p.name).join('\0')])
  const longest = Math.max(0, ...method.params.map((p) => p.spellings?.length ?? 0))
  for (let i = 0; i < longest; i++) {
    const keyOf = (p: ParamSpec) => p.spellings?.[i] ?? p.name
    const key = method.params.map(keyOf).join('\0')
    if (seen.has(key)) continue
    seen.add(key)
    const spelled = method.params.map(keyOf).join(', ')
    variants.push(buildSpelledSchema(method, keyOf, `Parameters of ${method.method} under their accepted spellings (${spelled}).`))
  }
  return variants.length === 1 ? variants[0]! : { anyOf: variants }
}

/** The schema of the method's `result`: its entity's record (get) or items (list) where the entity has typed fields. */
export function buildResultSchema(method: MethodSpec, entities: readonly EntitySpec[] = []): JsonSchema {
  const camel = buildCamelResultSchema(method, entities)
  if (camel) return camel
  const typing = getEntityTyping(method, entities)
  if (typing?.result === 'record')
    return { ...refSchema(getEntitySchemaName(typing.entity, 'Record')), description: method.result.description.en }
  if (typing?.result === 'items')
    return { type: 'array', items: refSchema(getEntitySchemaName(typing.entity, 'Item')), description: method.result.description.en }
  const schema: JsonSchema = { type: method.result.type, description: method.result.description.en, ...openShape(method.result.type) }
  if (method.result.const !== undefined) schema.const = method.result.const
  return schema
}

/** The success envelope: `result` and `time`. */
export function buildResponseSchema(method: MethodSpec): JsonSchema {
  const names = getSchemaNames(method.method)
  return {
    type: 'object',
    properties: { result: refSchema(names.result), time: refSchema('Time') },
    required: ['result', 'time'],
  }
}

/** A shared record type (`time`) as a schema; optional fields are left out of `required`. */
export function buildRecordSchema(type: RecordTypeSpec): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const field of type.fields) {
    // Name the unit unless the description already does.
    const named = /second/i.test(field.description.en)
    const unit = named ? '' : field.format === 'unix-seconds' ? ' (Unix seconds)' : field.format === 'seconds' ? ' (seconds)' : ''
    properties[field.name] = {
      type: field.type,
      ...(field.format === 'date-time' ? { format: 'date-time' } : {}),
      description: `${field.description.en}${unit}`,
    }
  }
  return {
    type: 'object',
    description: type.description.en,
    properties,
    required: type.fields.filter((f) => !f.optional).map((f) => f.name),
  }
}

/** The error body every failed call answers with (no `time`). */
export function buildErrorSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'An error answer. It carries no `time`.',
    properties: {
      error: { type: 'string', description: 'The error code; empty for some method errors.' },
      error_description: { type: 'string', description: 'The error text, in the portal language where the server localises it.' },
    },
    required: ['error', 'error_description'],
  }
}
