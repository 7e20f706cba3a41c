/**
 * The custom fields' public surface beside the methods: build a seed row the way
 * crm.<entity>.userfield.add builds one (for a seed file or `createMockPortal({ seed })`), and read an
 * owner's custom fields off a store as crm.<entity>.userfield.get answers them (for assertions).
 */
import { entityTable } from '../generated/index.js'
import { MockSeedError, type MockStore } from '../store.js'
import type { MockEntity, MockRecord } from '../table.js'
import { buildUserFieldRow, printUserFieldRow } from './rows.js'
import { listUserFieldRows } from './values.js'

function getOwnerOrThrow(owner: string, entities: Readonly<Record<string, MockEntity>>) {
  const entity = entities[owner]
  const spec = entity?.userFields
  if (!entity || !spec) {
    const known = Object.values(entities)
      .filter((e) => e.userFields)
      .map((e) => e.name)
    throw new MockSeedError(`Custom fields: "${owner}" holds none; expected one of ${known.join(', ')}`)
  }
  return { entity, spec }
}

/**
 * The stored row of a custom field of `owner` (`contact`) with id `id`, built from the `fields`
 * crm.<entity>.userfield.add takes (`FIELD_NAME: 'RATING'` becomes `UF_CRM_RATING`, list items get ids
 * from `firstItemId` up). Put it under the table's name (`userfield`) in a seed. Throws MockSeedError,
 * naming the refusal, where add would answer an error.
 */
export function createUserFieldSeed(
  owner: string,
  id: number,
  fields: Readonly<Record<string, unknown>>,
  options: { firstItemId?: number; entities?: Readonly<Record<string, MockEntity>> } = {},
): MockRecord {
  const { spec } = getOwnerOrThrow(owner, options.entities ?? entityTable)
  const before = (options.firstItemId ?? 1) - 1
  const rows = before > 0 ? [{ ENTITY_ID: '', LIST: [{ ID: before }] }] : []
  const built = buildUserFieldRow(id, fields, { entityId: spec.entityId, prefix: spec.prefix, rows })
  if (!built.ok) throw new MockSeedError(`Custom field ${id} of ${owner}: refused (${built.why}) for ${JSON.stringify(fields)}`)
  return built.row
}

/** The custom fields of `owner` held by the store, as crm.<entity>.userfield.get answers each (SORT, then ID order). */
export function listUserFields(
  store: MockStore,
  owner: string,
  entities: Readonly<Record<string, MockEntity>> = entityTable,
): MockRecord[] {
  const { entity } = getOwnerOrThrow(owner, entities)
  return listUserFieldRows(entity, store).map((row) => printUserFieldRow(row))
}
