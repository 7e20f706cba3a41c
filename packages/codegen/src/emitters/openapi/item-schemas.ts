/**
 * OpenAPI schemas of the camelCase family (crm.item.*, crm.type.*), agreeing with the client's types
 * (client/item-typing.ts) both ways: wrapped answers (`{ item }`, `{ items }`), records of an entity
 * whose type is fixed (crm.type.*: the smart process record and its writable fields), and open
 * objects where the record type depends on an entityTypeId only known at run time.
 */
import { type EntityFieldSpec, type EntitySpec, getCamelFieldName, type MethodSpec } from '@b24kit/spec'
import { getFieldShape } from '../client/entity-fields.js'

type JsonSchema = Record<string, unknown>

const open: JsonSchema = { type: 'object', additionalProperties: true }
const camelOf = getCamelFieldName

/** The schema of one field's value in an answer (input: numbers may come as numeric strings). */
function fieldSchema(field: EntityFieldSpec, input: boolean): JsonSchema {
  const shape = getFieldShape(field)
  const numeric = shape === 'numeric' || shape === 'double'
  const one: JsonSchema = field.enum
    ? { type: 'string', enum: field.enum.map((e) => e.value) }
    : shape === 'flag'
      ? { type: 'string', enum: ['Y', 'N'] }
      : numeric
        ? input
          ? { type: ['number', 'string'] }
          : { type: 'number' }
        : shape === 'file'
          ? {}
          : { type: 'string' }
  // The client takes null for every writable field (a list too); answers print an empty list instead.
  if (field.isMultiple) return { type: input ? ['array', 'null'] : 'array', items: one, description: field.title.en }
  return { ...one, ...orNull(one, field), description: field.title.en }
}

function orNull(one: JsonSchema, field: EntityFieldSpec): JsonSchema {
  if (!one.type) return {}
  const types = Array.isArray(one.type) ? one.type : [one.type]
  return { type: [...types, 'null'], ...(one.enum ? { enum: [...(one.enum as unknown[]), null] } : {}), ...(field.isMultiple ? {} : {}) }
}

/** A camelCase record: every field answered (null when empty), the id never null. */
function recordSchema(entity: EntitySpec, partial: boolean): JsonSchema {
  const fields = entity.fields.filter((f) => !f.upperOnly)
  const properties = Object.fromEntries(
    fields.map((f) => {
      const schema = fieldSchema(f, false)
      if (f.name === entity.idField && !f.isMultiple) return [camelOf(f), { type: 'number', description: f.title.en }]
      return [camelOf(f), schema]
    }),
  )
  return { type: 'object', properties, ...(partial ? {} : { required: fields.map(camelOf) }) }
}

/** The fields add and update write. */
export function buildCamelFieldsSchema(entity: EntitySpec): JsonSchema {
  const fields = entity.fields.filter((f) => !f.upperOnly && !f.isReadOnly && f.name !== entity.idField)
  return { type: 'object', properties: Object.fromEntries(fields.map((f) => [camelOf(f), fieldSchema(f, true)])) }
}

/** Whether a method belongs to the camelCase family. */
export const isCamelFamily = (spec: MethodSpec): boolean => 'naming' in spec.operation && spec.operation.naming === 'camel'

/** The entity whose record type is fixed for a method (crm.type.*), or undefined when an entityTypeId picks it. */
export function getFixedEntity(spec: MethodSpec, entities: readonly EntitySpec[]): EntitySpec | undefined {
  const { operation } = spec
  if (!isCamelFamily(spec) || ('entityTypeBy' in operation && operation.entityTypeBy)) return undefined
  return entities.find((e) => e.name === operation.entity && e.fields.length > 0)
}

/** The result schema of a camelCase-family method with a wrapped record answer, or undefined. */
export function buildCamelResultSchema(spec: MethodSpec, entities: readonly EntitySpec[]): JsonSchema | undefined {
  const wrap = spec.result.wrap
  const kind = spec.operation.kind
  if (!isCamelFamily(spec)) return undefined
  const entity = getFixedEntity(spec, entities)
  // Unwrapped answers of a fixed entity (crm.item.payment.get, .list): the record, or a list of them.
  if (!wrap && entity && kind === 'get') return { ...recordSchema(entity, false), description: spec.result.description.en }
  if (!wrap && entity && kind === 'list')
    return { type: 'array', items: recordSchema(entity, true), description: spec.result.description.en }
  if (!wrap || !['get', 'add', 'update', 'list'].includes(kind)) return undefined
  const record = entity ? recordSchema(entity, wrap.paged) : open
  const inner = wrap.paged ? { type: 'array', items: record } : record
  return { type: 'object', properties: { [wrap.key]: inner }, required: [wrap.key], description: spec.result.description.en }
}
