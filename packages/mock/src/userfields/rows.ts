/**
 * A custom field's row as crm.<entity>.userfield.* write and answer it: the name the portal builds
 * from the sent code, the label maps, the type's settings, an enumeration's list items with their own
 * ids. Facts from the official pages api-reference/crm/contacts/userfield/ (add, get, list, update).
 */
import { customFieldTypes } from '@b24kit/spec/custom-field-types'
import { castPhpInt } from '../params.js'
import { asRecordObject, toList } from '../plain-values.js'
import type { MockRecord, MockUserFieldRefusal } from '../table.js'

/** The custom field types the add page lists (the spec model's list); any other `USER_TYPE_ID` is refused. */
export const userFieldTypes: ReadonlySet<string> = new Set(customFieldTypes)

/** The texts a custom field holds per language (`lang_map`). */
export const labelKeys = ['EDIT_FORM_LABEL', 'LIST_COLUMN_LABEL', 'LIST_FILTER_LABEL', 'ERROR_MESSAGE', 'HELP_MESSAGE'] as const

/** The portal languages every label map is filled for (the mock's portal languages). */
const portalLangs = ['ru', 'en'] as const

/** The `Y`/`N` flags of a row, with the value a new field gets (add page: "By default"). */
const flagDefaults = { MULTIPLE: 'N', MANDATORY: 'N', SHOW_IN_LIST: 'N', EDIT_IN_LIST: 'Y', IS_SEARCHABLE: 'N' } as const

/** The longest full field name, prefix included (add page: "The length limit is 50 characters"). */
const maxNameLength = 50

/**
 * The settings a new field of a type holds when none are sent, as the get page and the fields
 * pages' samples print them; sent settings are laid over these.
 */
const settingDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  string: { SIZE: 20, ROWS: 1, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' },
  integer: { SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: null },
  double: { PRECISION: 2, SIZE: 20, MIN_VALUE: 0, MAX_VALUE: 0, DEFAULT_VALUE: null },
  boolean: { DEFAULT_VALUE: 0, DISPLAY: 'CHECKBOX' },
  enumeration: { DISPLAY: 'LIST', LIST_HEIGHT: 1, CAPTION_NO_VALUE: '', SHOW_NO_VALUE: 'Y' },
}

/** A row built or changed, or what the portal refuses in it. */
export type RowOutcome = { ok: true; row: MockRecord } | { ok: false; why: MockUserFieldRefusal }

/** `Y` for the yes-values the portal reads (`Y`, `true`, `1`), else `N`. */
function toFlag(value: unknown): 'Y' | 'N' {
  return value === true || value === 1 || value === '1' || (typeof value === 'string' && value.toUpperCase() === 'Y') ? 'Y' : 'N'
}

/**
 * `SHOW_FILTER` as the portal keeps it: the add page takes `Y`/`N`, the get page answers `E` (mask)
 * for a field added with `Y`; `I`, `E` and `S` are kept as sent.
 */
function toShowFilter(value: unknown): string {
  const sent = typeof value === 'string' ? value.toUpperCase() : value
  if (sent === 'I' || sent === 'E' || sent === 'S') return sent
  return toFlag(sent) === 'Y' ? 'E' : 'N'
}

/**
 * The full name the portal builds from the sent code: upper-cased, `UF_CRM_` kept, `UF_` replaced by
 * the prefix, anything else prefixed. Undefined for an empty code.
 */
export function buildFieldName(code: unknown, prefix: string): string | undefined {
  if (code === undefined || code === null) return undefined
  const upper = String(code).trim().toUpperCase()
  if (upper === '') return undefined
  if (upper.startsWith(prefix)) return upper
  return upper.startsWith('UF_') ? prefix + upper.slice(3) : prefix + upper
}

/**
 * A label as stored: a map over the portal languages (and any language sent). `LABEL` is set for every
 * language; a sent string too, and a sent map for its own languages.
 */
function mergeLabel(stored: Record<string, unknown>, label: string | undefined, sent: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const lang of portalLangs) out[lang] = null
  for (const [lang, text] of Object.entries(stored)) out[lang] = text === null || text === undefined ? null : String(text)
  if (label !== undefined) for (const lang of Object.keys(out)) out[lang] = label
  if (typeof sent === 'string') for (const lang of Object.keys(out)) out[lang] = sent
  else if (sent !== null && typeof sent === 'object' && !Array.isArray(sent))
    for (const [lang, text] of Object.entries(sent)) out[lang] = text === null || text === undefined ? null : String(text)
  return out
}

/** The highest list item id any custom field holds, so new items get fresh ids (the portal's ids are global). */
export function getHighestItemId(rows: readonly MockRecord[]): number {
  let highest = 0
  for (const row of rows) for (const item of toList(row.LIST)) highest = Math.max(highest, castPhpInt(asRecordObject(item).ID) ?? 0)
  return highest
}

/**
 * Applies sent list items to an enumeration's items: an item with the ID of a stored one changes it
 * (or deletes it with `DEL: 'Y'`), one without ID is added with a fresh id; items with an empty
 * `VALUE` are ignored, as the add page says. Refused when two items share an XML_ID.
 */
function applyListItems(stored: readonly MockRecord[], sent: unknown, nextId: () => number): MockRecord[] | undefined {
  const items = stored.map((item) => ({ ...item }))
  for (const raw of toList(sent)) {
    const given = asRecordObject(raw)
    const id = castPhpInt(given.ID)
    const index = id === undefined ? -1 : items.findIndex((item) => castPhpInt(item.ID) === id)
    if (index >= 0) {
      if (toFlag(given.DEL) === 'Y') items.splice(index, 1)
      else items[index] = { ...items[index], ...pickItemChanges(given) }
      continue
    }
    const value = given.VALUE === undefined || given.VALUE === null ? '' : String(given.VALUE)
    if (value === '') continue
    items.push({
      ID: nextId(),
      SORT: castPhpInt(given.SORT) ?? 0,
      VALUE: value,
      DEF: toFlag(given.DEF),
      XML_ID: given.XML_ID === undefined || given.XML_ID === null ? null : String(given.XML_ID),
    })
  }
  const xmlIds = items.map((item) => item.XML_ID).filter((x) => x !== null)
  return new Set(xmlIds).size === xmlIds.length ? items : undefined
}

function pickItemChanges(given: Record<string, unknown>): MockRecord {
  const out: MockRecord = {}
  if (given.VALUE !== undefined) out.VALUE = String(given.VALUE)
  if (given.SORT !== undefined) out.SORT = castPhpInt(given.SORT) ?? 0
  if (given.DEF !== undefined) out.DEF = toFlag(given.DEF)
  if (given.XML_ID !== undefined) out.XML_ID = given.XML_ID === null ? null : String(given.XML_ID)
  return out
}

/** What building or changing a row needs: the owner's marks and the rows already held. */
export interface RowContext {
  entityId: string
  prefix: string
  /** Every custom field row of every owner (names are unique per owner, item ids across all). */
  rows: readonly MockRecord[]
}

/** The fields update may change: everything but the id, the owner, the name, the type and MULTIPLE. */
function applyChanges(row: MockRecord, given: Record<string, unknown>, ctx: RowContext): RowOutcome {
  const out: MockRecord = { ...row }
  if (given.XML_ID !== undefined) out.XML_ID = given.XML_ID === null ? null : String(given.XML_ID)
  if (given.SORT !== undefined) out.SORT = castPhpInt(given.SORT) ?? 100
  for (const key of ['MANDATORY', 'SHOW_IN_LIST', 'EDIT_IN_LIST', 'IS_SEARCHABLE'] as const)
    if (given[key] !== undefined) out[key] = toFlag(given[key])
  if (given.SHOW_FILTER !== undefined) out.SHOW_FILTER = toShowFilter(given.SHOW_FILTER)
  if (given.SETTINGS !== undefined) out.SETTINGS = { ...asRecordObject(row.SETTINGS), ...asRecordObject(given.SETTINGS) }
  const label = given.LABEL === undefined || given.LABEL === null ? undefined : String(given.LABEL)
  for (const key of labelKeys)
    if (given[key] !== undefined || label !== undefined) out[key] = mergeLabel(asRecordObject(row[key]), label, given[key])
  if (row.USER_TYPE_ID === 'enumeration' && given.LIST !== undefined) {
    let highest = getHighestItemId(ctx.rows)
    const items = applyListItems(toList(row.LIST) as MockRecord[], given.LIST, () => ++highest)
    // "A list item with XML_ID=... already exists": two items share an XML_ID.
    if (!items) return { ok: false, why: 'itemXmlIdTaken' }
    out.LIST = items
  }
  return { ok: true, row: out }
}

/** A new row from crm.<entity>.userfield.add's `fields`, or why the portal refuses it. */
export function buildUserFieldRow(id: number, sent: unknown, ctx: RowContext): RowOutcome {
  const given = asRecordObject(sent)
  const name = buildFieldName(given.FIELD_NAME, ctx.prefix)
  if (name === undefined) return { ok: false, why: 'nameMissing' }
  if (name.length > maxNameLength) return { ok: false, why: 'nameTooLong' }
  if (!/^[A-Z0-9_]+$/.test(name)) return { ok: false, why: 'nameInvalid' }
  const type = given.USER_TYPE_ID === undefined || given.USER_TYPE_ID === null ? '' : String(given.USER_TYPE_ID)
  if (type === '') return { ok: false, why: 'typeMissing' }
  if (!userFieldTypes.has(type)) return { ok: false, why: 'typeUnknown' }
  if (ctx.rows.some((row) => row.ENTITY_ID === ctx.entityId && row.FIELD_NAME === name)) return { ok: false, why: 'nameTaken' }
  const base: MockRecord = {
    ID: id,
    ENTITY_ID: ctx.entityId,
    FIELD_NAME: name,
    USER_TYPE_ID: type,
    XML_ID: null,
    SORT: 100,
    // "Fields of type boolean cannot be multiple" (add page).
    MULTIPLE: type === 'boolean' ? 'N' : toFlag(given.MULTIPLE ?? flagDefaults.MULTIPLE),
    MANDATORY: flagDefaults.MANDATORY,
    SHOW_FILTER: 'N',
    SHOW_IN_LIST: flagDefaults.SHOW_IN_LIST,
    EDIT_IN_LIST: flagDefaults.EDIT_IN_LIST,
    IS_SEARCHABLE: flagDefaults.IS_SEARCHABLE,
    SETTINGS: { ...settingDefaults[type] },
    ...Object.fromEntries(labelKeys.map((key) => [key, mergeLabel({}, undefined, undefined)])),
    ...(type === 'enumeration' ? { LIST: [] } : {}),
  }
  // The id, owner, name, type and MULTIPLE are set above; the rest as update would change them.
  return applyChanges(base, given, ctx)
}

/** The row with update's `fields` applied (the id, owner, name, type and MULTIPLE stay), or why the portal refuses them. */
export function updateUserFieldRow(row: MockRecord, sent: unknown, ctx: RowContext): RowOutcome {
  return applyChanges(row, asRecordObject(sent), ctx)
}

/** A list item as answered: ids and sort as strings, as the portal prints numbers read from its tables. */
function printItem(item: unknown): MockRecord {
  const { ID, SORT, VALUE, DEF, XML_ID } = asRecordObject(item)
  return { ID: String(ID), SORT: String(SORT ?? 0), VALUE, DEF, XML_ID: XML_ID ?? null }
}

/**
 * A row as crm.<entity>.userfield.get answers it: numbers as strings, labels as maps. With `lang`
 * (list's `LANG` filter) the labels are that language's strings; list without it answers no labels.
 */
export function printUserFieldRow(row: MockRecord, labels: 'maps' | 'none' | { lang: string } = 'maps'): MockRecord {
  const out: MockRecord = {
    ID: String(row.ID),
    ENTITY_ID: row.ENTITY_ID,
    FIELD_NAME: row.FIELD_NAME,
    USER_TYPE_ID: row.USER_TYPE_ID,
    XML_ID: row.XML_ID ?? null,
    SORT: String(row.SORT ?? 100),
    MULTIPLE: row.MULTIPLE,
    MANDATORY: row.MANDATORY,
    SHOW_FILTER: row.SHOW_FILTER,
    SHOW_IN_LIST: row.SHOW_IN_LIST,
    EDIT_IN_LIST: row.EDIT_IN_LIST,
    IS_SEARCHABLE: row.IS_SEARCHABLE,
    SETTINGS: row.SETTINGS ?? [],
  }
  if (row.USER_TYPE_ID === 'enumeration') out.LIST = toList(row.LIST).map(printItem)
  if (labels === 'none') return out
  for (const key of labelKeys) {
    const map = asRecordObject(row[key])
    out[key] = labels === 'maps' ? map : (map[labels.lang] ?? null)
  }
  return out
}
