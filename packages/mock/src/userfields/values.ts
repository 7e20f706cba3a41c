/**
 * Custom fields on the owner's records: the owner's typed fields plus one field per custom field
 * row, and how their values are stored, checked, printed and described. records.ts calls in here for
 * fields that carry a `userField` row; everything else about a record stays as it was.
 */
import type { PortalLang } from '../envelope.js'
import { castPhpInt } from '../params.js'
import { asRecordObject, toList } from '../plain-values.js'
import type { MockStore } from '../store.js'
import type { MockEntity, MockEntityField, MockRecord } from '../table.js'

/** The custom field rows of an owner entity, in the order the portal lists them (SORT, then ID). */
export function listUserFieldRows(owner: MockEntity, store: MockStore): MockRecord[] {
  const spec = owner.userFields
  if (!spec) return []
  return store
    .list(spec.entity)
    .filter((row) => row.ENTITY_ID === spec.entityId)
    .sort((a, b) => (castPhpInt(a.SORT) ?? 0) - (castPhpInt(b.SORT) ?? 0) || (castPhpInt(a.ID) ?? 0) - (castPhpInt(b.ID) ?? 0))
}

/** One custom field row as a typed field of the owner. */
function toEntityField(row: MockRecord): MockEntityField {
  const name = String(row.FIELD_NAME)
  return {
    name,
    type: String(row.USER_TYPE_ID),
    isRequired: row.MANDATORY === 'Y',
    isReadOnly: false,
    isImmutable: false,
    isMultiple: row.MULTIPLE === 'Y',
    isDynamic: true,
    // crm.<entity>.fields titles a custom field by its name; its labels come beside it.
    title: { ru: name, en: name },
    // The crm.item.* family names custom fields its own way (ufCrm...); it does not read these yet.
    upperOnly: true,
    userField: row,
  }
}

/**
 * The owner with its custom fields added to its typed fields, for one call: what add, update, get,
 * list and fields then read. The entity itself when it holds none.
 */
export function withUserFields(owner: MockEntity, store: MockStore): MockEntity {
  const rows = listUserFieldRows(owner, store)
  if (rows.length === 0) return owner
  return { ...owner, fields: [...(owner.fields ?? []), ...rows.map(toEntityField)] }
}

/** A number as PHP's (float) reads a string: its leading number, else 0 (`"1.5"` is 1.5). */
function castPhpFloat(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0
  if (typeof value === 'boolean') return value ? 1 : 0
  const match = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(String(value))
  return match ? Number(match[0]) : 0
}

/** One value of a custom field as stored: numbers for double and integer, an item id for an enumeration. */
function castOne(type: string, value: unknown): unknown {
  switch (type) {
    case 'double':
      return castPhpFloat(value)
    case 'integer':
    case 'enumeration':
    case 'employee':
    case 'iblock_element':
    case 'iblock_section':
      return castPhpInt(value) ?? 0
    case 'boolean':
      return value === true || value === 'Y' || value === 'y' || castPhpInt(value) === 1 ? 1 : 0
    default:
      return typeof value === 'object' ? value : String(value)
  }
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * A sent custom field value as stored: a multiple field keeps a list (a single value sent becomes a
 * list of one; empty entries are dropped), a single field one value or null.
 */
export function castUserValue(field: MockEntityField, value: unknown): unknown {
  if (field.isMultiple) {
    const list = Array.isArray(value) || (typeof value === 'object' && value !== null) ? toList(value) : [value]
    return list.filter((v) => !isEmpty(v)).map((v) => castOne(field.type, v))
  }
  const one = Array.isArray(value) ? value[0] : value
  return isEmpty(one) ? null : castOne(field.type, one)
}

/** A double rounded to the field's PRECISION, as the portal reads one back (default 2 places). */
function roundDouble(row: MockRecord, value: number): number {
  const precision = castPhpInt(asRecordObject(row.SETTINGS).PRECISION) ?? 2
  const scale = 10 ** Math.max(0, precision)
  return Math.round(value * scale) / scale
}

/**
 * A stored custom field value as crm.<entity>.get and list answer it: double and integer as numbers,
 * an enumeration's item id as a string (the family prints ids as strings), a multiple field as a list
 * (empty: `[]`), an empty single field as null.
 */
export function printUserValue(field: MockEntityField, value: unknown): unknown {
  const row = field.userField ?? {}
  const printOne = (v: unknown) => {
    if (field.type === 'double') return roundDouble(row, castPhpFloat(v))
    if (field.type === 'enumeration') return String(v)
    return v
  }
  if (field.isMultiple) return toList(value).map(printOne)
  return isEmpty(value) ? null : printOne(value)
}

/**
 * What crm.<entity>.fields adds for a custom field beside the common keys: an enumeration's items
 * (`{ID, VALUE}`), the labels in the portal's language and the settings, as the fields pages' samples
 * print custom fields.
 */
export function describeUserField(field: MockEntityField, lang: PortalLang): Record<string, unknown> {
  const row = field.userField ?? {}
  const label = (key: string) => asRecordObject(row[key])[lang] ?? null
  return {
    ...(field.type === 'enumeration'
      ? { items: toList(row.LIST).map((item) => ({ ID: String(asRecordObject(item).ID), VALUE: asRecordObject(item).VALUE })) }
      : {}),
    listLabel: label('LIST_COLUMN_LABEL'),
    formLabel: label('EDIT_FORM_LABEL'),
    filterLabel: label('LIST_FILTER_LABEL'),
    settings: row.SETTINGS ?? [],
  }
}

/**
 * The first custom field whose sent value the portal refuses: an enumeration value that is not the id
 * of one of its items. Undefined when every sent value is accepted (unknown keys are ignored).
 */
export function findRefusedValue(entity: MockEntity, sent: unknown): MockEntityField | undefined {
  const given = asRecordObject(sent)
  for (const field of entity.fields ?? []) {
    if (!field.userField || field.type !== 'enumeration' || !(field.name in given)) continue
    const ids = new Set(toList(field.userField.LIST).map((item) => castPhpInt(asRecordObject(item).ID)))
    const values = castUserValue(field, given[field.name])
    const list = Array.isArray(values) ? values : values === null ? [] : [values]
    if (list.some((id) => !ids.has(id as number))) return field
  }
  return undefined
}

/** Removes a deleted custom field's values from every record of the owner, as the portal drops its column. */
export function dropUserValues(owner: MockEntity, store: MockStore, name: string): void {
  for (const record of store.list(owner.name)) {
    if (!(name in record)) continue
    const { [name]: _dropped, ...kept } = record
    store.put(owner.name, kept)
  }
}
