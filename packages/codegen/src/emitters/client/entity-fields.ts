/**
 * How an entity's typed fields become types: one reading of the spec's field list that both the
 * client emitter (TypeScript) and the OpenAPI emitter (JSON Schema) print, so the two cannot drift.
 * Answers print ids and numbers as strings, `char` flags as `Y`/`N`, multi-fields (PHONE, EMAIL) as
 * lists of `{ID, VALUE_TYPE, VALUE, TYPE_ID}`; inputs take numbers or numeric strings.
 */
import type { EntityFieldSpec, EntitySpec, MethodSpec } from '@b24kit/spec'
import { toPascalName } from '../../naming.js'

/** What a field holds, as far as types go. */
export type FieldShape = 'numeric' | 'double' | 'flag' | 'text' | 'multi' | 'file'

const shapes: Record<EntityFieldSpec['type'], FieldShape> = {
  integer: 'numeric',
  user: 'numeric',
  crm_company: 'numeric',
  crm_contact: 'numeric',
  crm_lead: 'numeric',
  location: 'numeric',
  double: 'double',
  char: 'flag',
  string: 'text',
  date: 'text',
  datetime: 'text',
  crm_status: 'text',
  crm_currency: 'text',
  crm_multifield: 'multi',
  file: 'file',
  // The CRM types the crm.item.* pages add: ids are numeric, flags Y/N, the rest text.
  boolean: 'flag',
  text: 'text',
  crm_entity: 'text',
  crm_category: 'numeric',
  crm_deal: 'numeric',
  crm_quote: 'numeric',
  crm_invoice: 'numeric',
  enumeration: 'numeric',
  money: 'text',
  url: 'text',
  address: 'text',
  employee: 'numeric',
  iblock_element: 'numeric',
  iblock_section: 'numeric',
  crm: 'text',
  crm_product_row: 'text',
  // Typed as a file is: an open JSON object, stored and answered as sent.
  object: 'file',
  crm_dynamic_type: 'numeric',
}

/** The shape of one field. */
export const getFieldShape = (field: EntityFieldSpec): FieldShape => shapes[field.type]

/** The prefix operators a list filter key may start with (`>=ID`, `%NAME`); '' is plain equality. */
export const filterOperators = ['', '=', '!', '!=', '>', '>=', '<', '<=', '%', '!%', '=%', '%=', '@', '!@'] as const

/** The `Y`/`N` values of a flag. */
export const flagValues = ['Y', 'N'] as const
/** The directions of a sort order. */
export const orderValues = ['ASC', 'DESC'] as const

/** Whether an entity gets the UPPER_CASE types: it has typed fields and is not served in camelCase only. */
export const hasUpperTypes = (entity: EntitySpec): boolean => entity.fields.length > 0 && entity.naming !== 'camel'

/** Names of an entity's types: `Contact`, `ContactFields`, `ContactListItem`, `ContactFilter`... */
export function getEntityTypeNames(entity: string) {
  const base = toPascalName(entity)
  return {
    record: base,
    fields: `${base}Fields`,
    item: `${base}ListItem`,
    fieldName: `${base}FieldName`,
    select: `${base}Select`,
    order: `${base}Order`,
    filter: `${base}Filter`,
  }
}

/** Fields add and update write: not read-only, not the id. */
export const getWritableFields = (entity: EntitySpec): EntityFieldSpec[] =>
  entity.fields.filter((f) => !f.isReadOnly && f.name !== entity.idField)

/** Whether a field of an answer is always there: every plain field is (null when empty); multi-fields only when they hold values. */
export const isAlwaysAnswered = (field: EntityFieldSpec): boolean => getFieldShape(field) !== 'multi'

/** Whether a field of an answer may be null: every plain field but the id. */
export const isNullableAnswer = (entity: EntitySpec, field: EntityFieldSpec): boolean =>
  getFieldShape(field) !== 'multi' && field.name !== entity.idField

/** Which of a method's params and result are typed from its entity's fields, by role. */
export interface EntityTyping {
  entity: EntitySpec
  /** param name -> role */
  params: Record<string, 'fields' | 'select' | 'order' | 'filter'>
  result?: 'record' | 'items'
}

/** How a method's params and result map onto its entity's typed fields, or undefined when its entity declares none. */
export function getEntityTyping(spec: MethodSpec, entities: readonly EntitySpec[]): EntityTyping | undefined {
  const { operation } = spec
  // The camelCase family (crm.item.*, crm.type.*) is typed by item-typing.ts.
  if ('naming' in operation && operation.naming === 'camel') return undefined
  const entity = entities.find((e) => e.name === operation.entity)
  if (!entity || entity.fields.length === 0) return undefined
  const has = (name: string | undefined): name is string => name !== undefined && spec.params.some((p) => p.name === name)
  const params: EntityTyping['params'] = {}
  switch (operation.kind) {
    case 'add':
    case 'update':
      if (has(operation.fields)) params[operation.fields] = 'fields'
      return { entity, params }
    case 'get':
      return { entity, params, ...(spec.result.type === 'object' ? { result: 'record' as const } : {}) }
    case 'list':
      if (has(operation.select)) params[operation.select] = 'select'
      if (has(operation.order)) params[operation.order] = 'order'
      if (has(operation.filter)) params[operation.filter] = 'filter'
      return { entity, params, ...(spec.result.type === 'array' ? { result: 'items' as const } : {}) }
    default:
      return undefined
  }
}
