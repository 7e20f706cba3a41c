/**
 * Types of the camelCase family (crm.item.*, crm.type.*): each entity's record in camelCase (ids
 * and numbers as numbers, flags `Y`/`N`), its writable fields and field names; the map from a
 * system entityTypeId to its record (`3` -> ContactItem), with smart processes falling back to the
 * base item fields plus `ufCrm...` custom fields as a typed index; and per method, which params and
 * which result take those types, generic in the entityTypeId where the method has one.
 */
import { type EntityFieldSpec, type EntitySpec, filterOperators, getCamelFieldName, type MethodSpec, type SharedSpecs } from '@b24kit/spec'
import { toPascalName } from '../../naming.js'
import { getFieldShape } from './entity-fields.js'

const camelOf = getCamelFieldName

/**
 * The entities answered in camelCase: those crm.item.* knows by a type id, smart process items, their
 * types, and the entities that say their own methods answer in camelCase (a digital workplace).
 */
function getCamelEntities(shared: SharedSpecs): { typed: EntitySpec[]; fallback?: EntitySpec; standalone: EntitySpec[] } {
  const withFields = shared.entities.filter((e) => e.fields.length > 0)
  const standalone = withFields.filter((e) => e.definesEntityTypes || (e.naming === 'camel' && e.entityTypeId === undefined))
  const fallbackName = standalone.find((e) => e.definesEntityTypes)?.definesEntityTypes?.itemEntity
  return {
    typed: withFields.filter((e) => e.entityTypeId !== undefined),
    fallback: withFields.find((e) => e.name === fallbackName),
    standalone,
  }
}

/** `ContactItem` for an entity crm.item.* knows by type id (beside the UPPER_CASE `Contact`), else `SmartProcessItem`, `SmartProcess`. */
export const getCamelRecordName = (entity: EntitySpec): string =>
  `${toPascalName(entity.title.en.replace(/[^A-Za-z0-9]+/g, '.').toLowerCase())}${entity.entityTypeId === undefined ? '' : 'Item'}`

/** The TypeScript type of a field in a camelCase answer. */
function answerType(field: EntityFieldSpec): string {
  if (field.enum) return field.enum.map((e) => JSON.stringify(e.value)).join(' | ')
  const shape = getFieldShape(field)
  const one =
    shape === 'numeric' || shape === 'double' ? 'number' : shape === 'flag' ? "'Y' | 'N'" : shape === 'file' ? 'unknown' : 'string'
  return field.isMultiple ? (one.includes('|') ? `(${one})[]` : `${one}[]`) : one
}

/** The TypeScript type a field takes on add and update: numbers may be sent as numeric strings. */
function inputType(field: EntityFieldSpec): string {
  const shape = getFieldShape(field)
  if (shape !== 'numeric' && shape !== 'double') return answerType(field)
  return field.isMultiple ? '(number | string)[]' : 'number | string'
}

const customIndex = '[custom: `ufCrm${string}`]: unknown'

/** The record, fields and field-name types of one camelCase entity, as source text. */
function printEntity(entity: EntitySpec, withCustom: boolean): string {
  const name = getCamelRecordName(entity)
  const fields = entity.fields.filter((f) => !f.upperOnly)
  const answered = fields.map((f) => {
    const nullable = f.name !== entity.idField && !f.isMultiple ? ' | null' : ''
    return `  /** ${f.title.en} (\`${f.name}\`) */\n  ${camelOf(f)}: ${answerType(f)}${nullable}`
  })
  const writable = fields
    .filter((f) => !f.isReadOnly && f.name !== entity.idField)
    .map((f) => `  /** ${f.title.en} (\`${f.name}\`) */\n  ${camelOf(f)}?: ${inputType(f)} | null`)
  const names = fields.map((f) => `'${camelOf(f)}'`)
  if (withCustom) {
    answered.push(`  /** A custom field of the smart process */\n  ${customIndex}`)
    writable.push(`  /** A custom field of the smart process */\n  ${customIndex}`)
    names.push('`ufCrm${string}`')
  }
  return [
    `/** ${entity.title.en} as crm.item.* / crm.type.* answer it: camelCase names, ids and numbers as numbers, flags \`Y\`/\`N\`. */`,
    `export interface ${name} {\n${answered.join('\n')}\n}`,
    `/** The fields of a ${entity.title.en.toLowerCase()} that add and update write. */`,
    `export interface ${name}Fields {\n${writable.join('\n')}\n}`,
    `/** The camelCase field names of a ${entity.title.en.toLowerCase()} (select, order and filter keys). */`,
    `export type ${name}FieldName = ${names.join(' | ')}`,
  ].join('\n')
}

/** The names types.ts exports for the camelCase family, for the client's index. */
export function getItemTypeExports(entities: readonly EntitySpec[]): string[] {
  const { typed, fallback, standalone } = getCamelEntities({ entities } as SharedSpecs)
  const records = [...typed, ...(fallback ? [fallback] : []), ...standalone].map(getCamelRecordName)
  if (records.length === 0) return []
  const maps = fallback
    ? [
        'CrmItemTypes',
        'CrmItemFieldsTypes',
        'CrmItemFieldNameTypes',
        'ItemOf',
        'ItemFieldsOf',
        'ItemFieldNameOf',
        'ItemFilterOf',
        'ItemOrderOf',
        'ItemSelectOf',
      ]
    : []
  return ['CrmFilterGroup', 'CrmFilterOperator', 'CrmItemFilter', ...records.flatMap((r) => [r, `${r}Fields`, `${r}FieldName`]), ...maps]
}

/** The camelCase family's shared types, appended to types.ts; empty when no entity is answered in camelCase. */
export function printItemTypes(shared: SharedSpecs): string[] {
  const { typed, fallback, standalone } = getCamelEntities(shared)
  if (!fallback && typed.length === 0 && standalone.length === 0) return []
  const operators = ['', ...filterOperators].map((o) => JSON.stringify(o)).join(' | ')
  const out = [
    `/** The key prefixes of a crm.item.list / crm.type.list filter ('' is equality). */\nexport type CrmFilterOperator = ${operators}`,
    [
      "/** A filter over field names N: prefixed keys, and nested groups joined by their own `logic` ('OR' or 'AND'). */",
      'export type CrmItemFilter<N extends string> = { [K in N as `${CrmFilterOperator}${K}`]?: unknown } & CrmFilterGroup<N>',
      '/** The group part of a filter: how its conditions join, and the groups nested in it. */',
      'export interface CrmFilterGroup<N extends string> {',
      "  logic?: 'AND' | 'OR'",
      '  [group: number]: CrmItemFilter<N>',
      '}',
    ].join('\n'),
    ...typed.map((e) => printEntity(e, false)),
    ...(fallback ? [printEntity(fallback, true)] : []),
    ...standalone.map((e) => printEntity(e, false)),
  ]
  if (fallback) {
    const base = getCamelRecordName(fallback)
    const map = (suffix: string) => typed.map((e) => `  ${e.entityTypeId}: ${getCamelRecordName(e)}${suffix}`).join('\n')
    out.push(
      `/** The record of each system entityTypeId crm.item.* types from the spec; other ids are smart processes. */\nexport interface CrmItemTypes {\n${map('')}\n}`,
      `export interface CrmItemFieldsTypes {\n${map('Fields')}\n}`,
      `export interface CrmItemFieldNameTypes {\n${map('FieldName')}\n}`,
      // An id only known as \`number\` could be any type: its records stay open, as the OpenAPI document has them.
      `/** The record crm.item.* answers for entityTypeId T. */\nexport type ItemOf<T extends number> = number extends T ? Record<string, unknown> : T extends keyof CrmItemTypes ? CrmItemTypes[T] : ${base}`,
      `/** The fields crm.item.add and crm.item.update take for entityTypeId T. */\nexport type ItemFieldsOf<T extends number> = number extends T ? Record<string, unknown> : T extends keyof CrmItemFieldsTypes ? CrmItemFieldsTypes[T] : ${base}Fields`,
      `/** The field names (select, order, filter keys) of entityTypeId T. */\nexport type ItemFieldNameOf<T extends number> = T extends keyof CrmItemFieldNameTypes ? CrmItemFieldNameTypes[T] : ${base}FieldName`,
      `/** The filter of entityTypeId T. */\nexport type ItemFilterOf<T extends number> = number extends T ? Record<string, unknown> : CrmItemFilter<ItemFieldNameOf<T>>`,
      `/** The sort order of entityTypeId T. */\nexport type ItemOrderOf<T extends number> = number extends T ? Record<string, unknown> : { [K in ItemFieldNameOf<T>]?: 'ASC' | 'DESC' }`,
      `/** The select of entityTypeId T. */\nexport type ItemSelectOf<T extends number> = number extends T ? unknown[] : (ItemFieldNameOf<T> | '*')[]`,
    )
  }
  return out
}

/** How one method of the camelCase family is typed: its type parameter, param types, result and the names it imports. */
export interface ItemTyping {
  /** `<T extends number = number>` on the params and result types, or ''. */
  typeParams: string
  params: Record<string, string>
  result?: string
  imports: string[]
}

/** `<T>` where the method picks its entity by an entityTypeId parameter, else ''. */
export const getItemTypeArgs = (spec: MethodSpec): string =>
  'entityTypeBy' in spec.operation && spec.operation.entityTypeBy !== undefined ? '<T>' : ''

/** The typing of a camelCase-family method, or undefined for any other method. */
export function getItemTyping(spec: MethodSpec, entities: readonly EntitySpec[]): ItemTyping | undefined {
  const { operation } = spec
  if (!('naming' in operation) || operation.naming !== 'camel') return undefined
  const generic = getItemTypeArgs(spec) !== ''
  const entity = entities.find((e) => e.name === operation.entity)
  if (!entity || (!generic && entity.fields.length === 0)) return undefined
  const record = generic ? 'ItemOf<T>' : getCamelRecordName(entity)
  const fields = generic ? 'ItemFieldsOf<T>' : `${record}Fields`
  const params: Record<string, string> = {}
  if (generic && operation.entityTypeBy) params[operation.entityTypeBy] = 'T'
  if ('fields' in operation && typeof operation.fields === 'string') params[operation.fields] = fields
  // Filter, order and select keys complete per entity type where it is known; crm.type.list keeps them
  // open (its OpenAPI parameters are open objects, and the two must agree).
  if (operation.kind === 'list' && generic) {
    if (operation.filter) params[operation.filter] = 'ItemFilterOf<T>'
    if (operation.order) params[operation.order] = 'ItemOrderOf<T>'
    if (operation.select) params[operation.select] = 'ItemSelectOf<T>'
  }
  const wrap = spec.result.wrap?.key
  const result =
    wrap && ['get', 'add', 'update'].includes(operation.kind)
      ? `{ ${wrap}: ${record} }`
      : wrap && operation.kind === 'list'
        ? `{ ${wrap}: Partial<${record}>[] }`
        : undefined
  const used = [...Object.values(params), result ?? ''].join(' ')
  const imports = [
    'ItemOf',
    'ItemFieldsOf',
    'ItemFilterOf',
    'ItemOrderOf',
    'ItemSelectOf',
    record,
    `${record}Fields`,
    `${record}FieldName`,
  ].filter((n, i, all) => all.indexOf(n) === i && /^[A-Z]\w*$/.test(n) && new RegExp(`\\b${n}\\b`).test(used))
  return { typeParams: generic ? '<T extends number = number>' : '', params, ...(result ? { result } : {}), imports }
}

/** The type of one record a paged list yields: `Result[number]`, or `Result<T>['items'][number]` for a wrapped page. */
export function getListItemType(spec: MethodSpec, result: string, withArgs = true): string {
  const wrap = spec.result.wrap?.key
  return wrap ? `${result}${withArgs ? getItemTypeArgs(spec) : ''}['${wrap}'][number]` : `${result}[number]`
}
