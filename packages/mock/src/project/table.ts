/**
 * A project's mock table: what one portal adds to the shipped mock. `b24kit generate` writes it
 * (`src/b24/mock-table.ts`) from the project's spec entries; `createMockPortal({ table })` and
 * `b24kit-mock --specs <folder>` load it. Custom fields become rows of the custom field table (as
 * if crm.<entity>.userfield.add had made them, with the portal's own ids), smart processes become
 * crm.type records, and the project's own methods join the shipped ones.
 */
import type { CustomFieldsEntry, SmartProcessEntry } from '@b24kit/spec'
import { type MockSeed, MockSeedError } from '../store.js'
import type { MockEntity, MockMethod, MockRecord } from '../table.js'
import { createUserFieldSeed } from '../userfields/seed.js'

/** What a project adds to the mock. */
export interface MockProjectTable {
  /** Methods of the portal's own modules, keyed by lower-case name, as the mock emitter writes them. */
  readonly methods?: Readonly<Record<string, MockMethod>>
  /** Custom fields the portal adds to shipped entities. */
  readonly customFields?: readonly CustomFieldsEntry[]
  /** The portal's smart processes. */
  readonly smartProcesses?: readonly SmartProcessEntry[]
}

const flag = (on: boolean | undefined) => (on ? 'Y' : 'N')

/** The highest id of a table in a seed (0 when empty). */
function getHighestId(rows: readonly MockRecord[] | undefined): number {
  return Math.max(0, ...(rows ?? []).map((row) => Number(row.ID) || 0))
}

/** One custom field as the store holds it; the portal's item ids are kept, so pulled values stay valid. */
function toUserFieldRow(
  owner: string,
  id: number,
  field: CustomFieldsEntry['fields'][number],
  entities: Readonly<Record<string, MockEntity>>,
) {
  const prefix = entities[owner]?.userFields?.prefix ?? 'UF_CRM_'
  const items = field.items ?? []
  const row = createUserFieldSeed(
    owner,
    id,
    {
      FIELD_NAME: field.name.startsWith(prefix) ? field.name.slice(prefix.length) : field.name,
      USER_TYPE_ID: field.type,
      MULTIPLE: flag(field.multiple),
      MANDATORY: flag(field.mandatory),
      ...(field.label ? { LABEL: field.label } : {}),
      ...(items.length
        ? {
            LIST: items.map((item) => ({
              VALUE: item.value,
              SORT: item.sort ?? 100,
              DEF: flag(item.isDefault),
              XML_ID: item.xmlId ?? null,
            })),
          }
        : {}),
    },
    { entities },
  )
  if (items.length) row.LIST = (row.LIST as MockRecord[]).map((stored, i) => ({ ...stored, ID: items[i]?.id ?? stored.ID }))
  return row
}

/** A smart process as a crm.type record (the flags a new type gets from crm.type.add). */
function toTypeRow(id: number, entry: SmartProcessEntry): MockRecord {
  return { ID: id, TITLE: entry.title, CODE: entry.code ?? '', ENTITY_TYPE_ID: entry.entityTypeId, CREATED_BY: 1, UPDATED_BY: 1 }
}

/**
 * The seed with the project's custom fields and smart processes added. Throws MockSeedError naming
 * the entry where one clashes with what the seed already holds (a field name, an entityTypeId).
 */
export function addProjectSeed(seed: MockSeed, table: MockProjectTable, entities: Readonly<Record<string, MockEntity>>): MockSeed {
  const out: Record<string, MockRecord[]> = Object.fromEntries(Object.entries(seed).map(([k, rows]) => [k, [...rows]]))
  for (const entry of table.customFields ?? []) {
    const spec = entities[entry.entity]?.userFields
    if (!spec) throw new MockSeedError(`Custom fields: "${entry.entity}" holds none`)
    const rows = out[spec.entity] ?? []
    out[spec.entity] = rows
    for (const field of entry.fields) {
      const held = rows.find((row) => row.ENTITY_ID === spec.entityId && row.FIELD_NAME === field.name)
      // A table pulled from this mock names the fields its default store holds: the same field, kept once.
      if (held?.USER_TYPE_ID === field.type) continue
      if (held)
        throw new MockSeedError(
          `Custom field ${field.name} of ${entry.entity}: the mock holds it as ${String(held.USER_TYPE_ID)}, not ${field.type}`,
        )
      const id = field.id ?? getHighestId(rows) + 1
      if (rows.some((row) => Number(row.ID) === id))
        throw new MockSeedError(`Custom field ${field.name} of ${entry.entity}: id ${id} is taken`)
      rows.push(toUserFieldRow(entry.entity, id, field, entities))
    }
  }
  const definer = Object.values(entities).find((e) => e.definesEntityTypes)
  for (const entry of table.smartProcesses ?? []) {
    if (!definer?.definesEntityTypes) throw new MockSeedError('Smart processes: the mock declares no type entity')
    const rows = out[definer.name] ?? []
    out[definer.name] = rows
    const field = definer.definesEntityTypes.field
    const held = rows.find((row) => Number(row[field]) === entry.entityTypeId)
    if (held?.TITLE === entry.title) continue
    if (held)
      throw new MockSeedError(
        `Smart process ${entry.entityTypeId} (${entry.title}): the mock holds that entityTypeId as "${String(held.TITLE)}"`,
      )
    rows.push(toTypeRow(getHighestId(rows) + 1, entry))
  }
  return out
}

/** The shipped methods with the project's added; a project method named like a shipped one is refused. */
export function addProjectMethods(methods: Map<string, MockMethod>, table: MockProjectTable): void {
  for (const [name, method] of Object.entries(table.methods ?? {})) {
    if (methods.has(name)) throw new MockSeedError(`Method ${method.method}: the mock already serves it (shipped with b24kit)`)
    methods.set(name, method)
  }
}
