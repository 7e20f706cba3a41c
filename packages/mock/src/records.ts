/**
 * Records as the portal writes and prints them, driven by the entity's typed fields from the table:
 * integers and links are stored as numbers and answered as strings, `char` flags as `Y`/`N`, and
 * multi-fields (PHONE, EMAIL, ...) as lists of `{ID, VALUE_TYPE, VALUE, TYPE_ID}`.
 */
import type { PortalLang } from './envelope.js'
import { castPhpInt } from './params.js'
import { asRecordObject, isRecordObject, toList } from './plain-values.js'
import type { MockEntity, MockEntityField, MockRecord } from './table.js'
import { castUserValue, describeUserField, printUserValue } from './userfields/values.js'

/** One value of a multi-field, as stored and answered. */
export interface MultiFieldValue {
  ID: string
  VALUE_TYPE: string
  VALUE: string
  TYPE_ID: string
}

/** Field types whose values are numbers the portal prints as strings (ids, users, CRM links). */
export const numericTypes = new Set([
  'integer',
  'user',
  'crm_company',
  'crm_contact',
  'crm_lead',
  'location',
  'crm_category',
  'crm_deal',
  'crm_quote',
  'crm_invoice',
  'enumeration',
  'employee',
  'iblock_element',
  'iblock_section',
  'crm_dynamic_type',
])

/** The declared fields of an entity; an entity without them cannot hold typed records. */
export function getFieldsOrThrow(entity: MockEntity): readonly MockEntityField[] {
  if (!entity.fields?.length) throw new Error(`The entity ${entity.name} declares no fields`)
  return entity.fields
}

export { asRecordObject, toList }

function castScalar(field: MockEntityField, value: unknown): unknown {
  if (field.userField) return castUserValue(field, value)
  if (value === null || value === '') return null
  if (numericTypes.has(field.type)) {
    const list = field.isMultiple ? toList(value) : undefined
    return list ? list.map((v) => castPhpInt(v) ?? 0) : (castPhpInt(value) ?? 0)
  }
  if (field.type === 'char' || field.type === 'boolean')
    return value === true || value === 'Y' || value === 'y' || value === 1 || value === '1' ? 'Y' : 'N'
  if (field.type === 'double') return Number(value)
  return typeof value === 'object' ? value : String(value)
}

/** The highest multi-field value id in use, so new values get fresh ids. */
function getHighestMultiId(records: readonly MockRecord[], fields: readonly MockEntityField[]): number {
  let highest = 0
  for (const record of records)
    for (const field of fields)
      if (field.type === 'crm_multifield')
        for (const item of toList(record[field.name])) highest = Math.max(highest, Number((item as MultiFieldValue).ID) || 0)
  return highest
}

/**
 * Merges multi-field values the way the portal does: an item with the ID of a stored value changes
 * it (or deletes it when its VALUE is empty); an item without ID is added.
 */
function mergeMultiField(name: string, stored: unknown, sent: unknown, nextId: () => number): MultiFieldValue[] {
  const out = toList(stored).map((v) => ({ ...(v as MultiFieldValue) }))
  for (const raw of toList(sent)) {
    if (!isRecordObject(raw)) continue
    const value = raw.VALUE === undefined || raw.VALUE === null ? '' : String(raw.VALUE)
    const valueType = raw.VALUE_TYPE === undefined ? 'WORK' : String(raw.VALUE_TYPE)
    const index = raw.ID === undefined ? -1 : out.findIndex((v) => v.ID === String(raw.ID))
    if (index >= 0) {
      if (value === '') out.splice(index, 1)
      else out[index] = { ...(out[index] as MultiFieldValue), VALUE: value, VALUE_TYPE: valueType }
    } else if (value !== '') out.push({ ID: String(nextId()), VALUE_TYPE: valueType, VALUE: value, TYPE_ID: name })
  }
  return out
}

/** What the portal's own fills read: its clock (as it prints dates) and the calling user. */
export interface FillContext {
  /** The portal's clock, printed as its datetime fields are (`2024-08-15T13:05:09+00:00`). */
  date: string
  callerId: number
}

/** The value a field's fill rule gives, or undefined when the field has none for this write. */
function getFillValue(field: MockEntityField, isNew: boolean, fill: FillContext): unknown {
  const rule = field.fill
  if (!rule || (rule.on === 'add' && !isNew)) return undefined
  if (rule.source === 'default') return castScalar(field, rule.value)
  return rule.source === 'now' ? fill.date : fill.callerId
}

/**
 * Applies sent fields to a record: unknown and read-only fields are ignored, as the portal does;
 * immutable fields only when the record is new. Then the entity's fill rules write what the portal
 * writes by itself (dates, users, defaults) into each field the sent ones did not set.
 */
export function applyFields(
  entity: MockEntity,
  record: MockRecord,
  sent: unknown,
  isNew: boolean,
  allRecords: readonly MockRecord[],
  fill?: FillContext,
): MockRecord {
  const fields = getFieldsOrThrow(entity)
  const out: MockRecord = { ...record }
  const given = isRecordObject(sent) ? sent : {}
  let multiId = getHighestMultiId(allRecords, fields)
  for (const field of fields) {
    const writable = field.name in given && !field.isReadOnly && !(field.isImmutable && !isNew) && field.name !== entity.idField
    if (writable) {
      const value = given[field.name]
      out[field.name] =
        field.type === 'crm_multifield' ? mergeMultiField(field.name, out[field.name], value, () => ++multiId) : castScalar(field, value)
      continue
    }
    const filled = fill && getFillValue(field, isNew, fill)
    if (filled !== undefined) out[field.name] = filled
  }
  return out
}

function printValue(field: MockEntityField, value: unknown): unknown {
  if (field.userField) return printUserValue(field, value)
  if (value === undefined || value === null) return null
  if (numericTypes.has(field.type) || field.type === 'double') return Array.isArray(value) ? value.map(String) : String(value)
  return value
}

/** The `HAS_<FIELD>` flag of a multi-field (HAS_PHONE, HAS_EMAIL), which the portal derives from it. */
export function getDerivedFlag(fields: readonly MockEntityField[], record: MockRecord, name: string): 'Y' | 'N' | undefined {
  const source = name.startsWith('HAS_') ? fields.find((f) => f.name === name.slice(4) && f.type === 'crm_multifield') : undefined
  if (!source) return undefined
  return toList(record[source.name]).length > 0 ? 'Y' : 'N'
}

/**
 * Prints a record as get and list answer it. `select` lists the fields to print; without it every
 * plain field is printed and multi-fields only when they hold values (as crm.contact.get does).
 */
export function renderRecord(entity: MockEntity, record: MockRecord, select?: ReadonlySet<string>): MockRecord {
  const fields = getFieldsOrThrow(entity)
  const out: MockRecord = {}
  for (const field of fields) {
    if (select && !select.has(field.name)) continue
    const value = record[field.name]
    if (field.type === 'crm_multifield') {
      const list = toList(value)
      if (select || list.length > 0) out[field.name] = list
      continue
    }
    out[field.name] = getDerivedFlag(fields, record, field.name) ?? printValue(field, value)
  }
  return out
}

/** The answer of a fields operation: field name -> description, titles in the portal's language. */
export function describeFields(entity: MockEntity, lang: PortalLang): Record<string, unknown> {
  return Object.fromEntries(
    getFieldsOrThrow(entity).map((f) => [
      f.name,
      {
        type: f.type,
        isRequired: f.isRequired,
        isReadOnly: f.isReadOnly,
        isImmutable: f.isImmutable,
        isMultiple: f.isMultiple,
        isDynamic: f.isDynamic,
        ...(f.statusType === undefined ? {} : { statusType: f.statusType }),
        ...(f.userField ? { title: f.title[lang], ...describeUserField(f, lang) } : { title: f.title[lang] }),
      },
    ]),
  )
}
