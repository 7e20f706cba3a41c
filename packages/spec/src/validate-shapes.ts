/**
 * Cross checks of the model's shape parts (shapes.ts): references to record types, entities and
 * parameters resolve, detail fits its type (items on arrays, properties on objects, enum values of
 * the right type), filters sit on object parameters, and the two spellings of entity field names
 * map one to one. Kept apart from validate.ts, which hooks these in with one call each.
 */

import { getCamelFieldName } from './field-names.js'
import { describeValue, type SpecIssue } from './issues.js'
import type { EntitySpec, MethodSpec, ParamSpec, RecordTypeSpec } from './model.js'
import type { Shape } from './shapes.js'
import type { SharedSpecs } from './validate.js'

type Add = (path: string, expected: string, received: unknown) => void

/** What the shape checks need to resolve names. */
interface Scope {
  types: Set<string>
  entities: Set<string>
  params: Map<string, ParamSpec> | undefined
}

const jsTypeOf = (value: unknown): string => (typeof value === 'number' ? 'number' : typeof value)

/** Checks one shape (and the shapes inside it) against its own type and the declared names. */
function checkShape(shape: Partial<Shape> & { type: string }, path: string, scope: Scope, add: Add): void {
  if (shape.items && shape.type !== 'array') add(`${path}.items`, 'items only on an array', shape.type)
  if ((shape.properties || shape.values) && shape.type !== 'object' && shape.type !== 'any')
    add(`${path}.${shape.properties ? 'properties' : 'values'}`, 'properties and values only on an object', shape.type)
  if (shape.ref !== undefined && !scope.types.has(shape.ref))
    add(`${path}.ref`, `a record type declared in specs/shared (${[...scope.types].join(', ')})`, shape.ref)
  if (shape.record) {
    if (!scope.entities.has(shape.record.entity))
      add(`${path}.record.entity`, `a declared entity (${[...scope.entities].join(', ')})`, shape.record.entity)
    const by = shape.record.entityTypeBy
    if (by !== undefined && scope.params && !scope.params.has(by))
      add(`${path}.record.entityTypeBy`, `a parameter of the method (${[...scope.params.keys()].join(', ')})`, by)
  }
  shape.enum?.forEach((option, i) => {
    const want = shape.type === 'integer' || shape.type === 'number' ? 'number' : shape.type
    if (['number', 'string', 'boolean'].includes(want) && jsTypeOf(option.value) !== want)
      add(`${path}.enum[${i}].value`, `a ${shape.type} like the ${path.split('.').pop()} it belongs to`, option.value)
  })
  const values = shape.enum?.map((e) => e.value) ?? []
  values.forEach((v, i) => {
    if (values.indexOf(v) !== i) add(`${path}.enum[${i}].value`, 'a value no other enum entry has', v)
  })
  if (shape.items) checkShape(shape.items, `${path}.items`, scope, add)
  if (shape.values) checkShape(shape.values, `${path}.values`, scope, add)
  const names = new Set<string>()
  shape.properties?.forEach((property, i) => {
    if (names.has(property.name)) add(`${path}.properties[${i}].name`, 'a name no other property has', property.name)
    names.add(property.name)
    checkShape(property, `${path}.properties[${i}]`, scope, add)
  })
}

/** The method-level checks of the new parts: shapes, filters, files, scopes, extra error references. */
export function checkModelParts(
  file: string,
  spec: MethodSpec,
  shared: SharedSpecs,
  params: Map<string, ParamSpec>,
  errorIds: Set<string>,
): SpecIssue[] {
  const issues: SpecIssue[] = []
  const add: Add = (path, expected, received) => issues.push({ file, path, expected, received: describeValue(received) })
  const scope: Scope = { types: new Set(shared.types.map((t) => t.name)), entities: new Set(shared.entities.map((e) => e.name)), params }
  const errorRef = (path: string, id: string | undefined) => {
    if (id !== undefined && !errorIds.has(id)) add(path, `the id of an error row (${[...errorIds].join(', ')})`, id)
  }

  spec.params.forEach((param, i) => {
    checkShape(param, `params[${i}]`, scope, add)
    if (param.filter && param.type !== 'object') add(`params[${i}].filter`, 'a filter only on an object parameter', param.type)
    if (param.fileForms && param.type !== 'file') add(`params[${i}].fileForms`, 'fileForms only on a file parameter', param.type)
    if (param.type === 'file' && !param.fileForms) add(`params[${i}].fileForms`, 'how the file is sent (pair, fileData)', undefined)
    if (param.default !== undefined && param.required) add(`params[${i}].default`, 'a default only on an optional parameter', param.default)
  })
  checkShape(spec.result, 'result', { ...scope, params }, add)
  if (spec.result.wrap && spec.result.type !== 'object') add('result.wrap', 'a wrapped result of type object', spec.result.type)
  if (spec.result.wrap?.paged && spec.operation.kind !== 'list' && spec.operation.kind !== 'example')
    add('result.wrap.paged', 'a paged result only on a list operation', spec.operation.kind)
  const { access } = spec
  if ((access.entity === undefined) !== (access.permission === undefined))
    add(
      access.entity === undefined ? 'access.entity' : 'access.permission',
      'entity and permission together, or neither (a text-only rule)',
      access.entity ?? access.permission,
    )
  if (access.entity !== undefined && access.deniedError === undefined)
    add('access.deniedError', 'the error row answered to a user without the permission', undefined)
  if (spec.extraScopes?.includes(spec.scope)) add('extraScopes', `scopes other than ${spec.scope}`, spec.extraScopes)

  const { operation } = spec
  if ('typeNotFound' in operation) errorRef('operation.typeNotFound', operation.typeNotFound)
  if (operation.kind === 'example') errorRef('operation.noMatch', operation.noMatch)
  if (operation.kind === 'relation') {
    if (!scope.entities.has(operation.target))
      add('operation.target', `a declared entity (${[...scope.entities].join(', ')})`, operation.target)
    errorRef('operation.itemInvalid', operation.itemInvalid)
    if (operation.action !== 'get' && operation.action !== 'clear' && operation.items === undefined)
      add('operation.items', `the parameter holding the bindings (${operation.action} writes them)`, undefined)
  }
  if ('entityTypeBy' in operation && operation.entityTypeBy !== undefined && operation.typeNotFound === undefined)
    add('operation.typeNotFound', 'the error row answered for an unknown entityTypeId', undefined)
  if ('wrap' in operation && operation.wrap !== undefined && spec.result.wrap?.key !== operation.wrap)
    add('operation.wrap', `the key of result.wrap (${spec.result.wrap?.key ?? 'none'})`, operation.wrap)
  return issues
}

/**
 * Checks across the shared entities and record types: each field's camelCase name is unique in its
 * entity (the one mapping between `UF_CRM_2_X` and `ufCrm2_X`), entityTypeIds are unique, the entity a
 * type-defining entity starts its types from is declared, record type names are unique and resolve.
 */
export function checkEntityNames(file: string, entities: EntitySpec[], types: RecordTypeSpec[]): SpecIssue[] {
  const issues: SpecIssue[] = []
  const add: Add = (path, expected, received) => issues.push({ file, path, expected, received: describeValue(received) })
  const entityNames = new Set(entities.map((e) => e.name))
  const typeIds = new Map<number, string>()
  entities.forEach((entity, i) => {
    const camel = new Map<string, string>()
    entity.fields.forEach((field, j) => {
      const name = getCamelFieldName(field)
      const twin = camel.get(name)
      // A field declared twice is reported once, by its UPPER_CASE name (validate.ts).
      if (twin !== undefined && twin !== field.name)
        add(`entities[${i}].fields[${j}].camelName`, `a camelCase name no other field has (${twin} has ${name})`, name)
      camel.set(name, field.name)
      if (field.upperOnly && field.camelOnly) add(`entities[${i}].fields[${j}]`, 'upperOnly or camelOnly, not both', field.name)
    })
    if (entity.entityTypeId !== undefined) {
      const twin = typeIds.get(entity.entityTypeId)
      if (twin !== undefined) add(`entities[${i}].entityTypeId`, `an id no other entity has (${twin} has it)`, entity.entityTypeId)
      typeIds.set(entity.entityTypeId, entity.name)
    }
    const defines = entity.definesEntityTypes
    if (defines && !entityNames.has(defines.itemEntity))
      add(`entities[${i}].definesEntityTypes.itemEntity`, `a declared entity (${[...entityNames].join(', ')})`, defines.itemEntity)
    if (defines && entity.fields.length > 0 && !entity.fields.some((f) => f.name === defines.field))
      add(`entities[${i}].definesEntityTypes.field`, `one of the entity's fields`, defines.field)
  })
  const typeNames = new Set<string>()
  const scope: Scope = { types: new Set(types.map((t) => t.name)), entities: entityNames, params: undefined }
  types.forEach((type, i) => {
    if (typeNames.has(type.name)) add(`types[${i}].name`, 'a name no other record type has', type.name)
    typeNames.add(type.name)
    type.fields.forEach((field, j) => {
      checkShape({ ...field, nullable: field.nullable ?? false }, `types[${i}].fields[${j}]`, scope, add)
    })
  })
  return issues
}
