/**
 * The shape of the generated method table (src/generated/). The emitter writes data of these types
 * from the specs; the engine reads only this data, so it holds no per-method code.
 */

/** Text the portal sends as is, or per portal language. */
export type MockText = string | { ru: string; en: string }

/** One error the portal can answer with: the `error` code, `error_description` text and HTTP status. */
export interface MockErrorRow {
  id: string
  code: string
  status: number
  text: MockText
  kind: string
}

/** How the server reads one parameter. */
export interface MockParamRule {
  name: string
  type: 'integer' | 'number' | 'string' | 'boolean' | 'object' | 'array' | 'file'
  required: boolean
  /** The keys read, in order (CRM reads `ID`, then `id`). */
  spellings: readonly string[]
  coercion: 'none' | 'php-int'
  minimum?: number
  /** Id of the error row answered when the value is missing or invalid. */
  invalidError?: string
}

/** Who may call the method. */
export interface MockAccessRule {
  entity: string
  permission: 'read' | 'add' | 'update' | 'delete'
  /** Id of the error row answered to a user without the permission. */
  deniedError: string
}

/**
 * What the crm.item.* family adds to an operation: the entity chosen per call by the entityTypeId in
 * `entityTypeBy`, camelCase names, the key the answer is wrapped in (items.ts runs these).
 */
export interface MockItemDetail {
  entityTypeBy?: string
  typeNotFound?: string
  naming?: 'upper' | 'camel'
  originalUfNamesBy?: string
  wrap?: string
  /** Record field -> the parameter naming the record's owner (a payment's deal): add writes it, list keeps to it. */
  ownerBy?: Readonly<Record<string, string>>
}

/** What the engine does to the store for the method. */
export interface MockDeleteOperation extends MockItemDetail {
  kind: 'delete'
  entity: string
  /** The parameter holding the id. */
  by: string
  cascade: boolean
  /** Id of the error row answered when no record has that id. */
  notFound: string
}

/** Adds a record from the object in parameter `fields`; answers its new id. */
export interface MockAddOperation extends MockItemDetail {
  kind: 'add'
  entity: string
  /** Absent where the owner alone makes the record (crm.item.payment.add). */
  fields?: string
  /** A camelCase add answers the new id instead of the record. */
  answersId?: true
  /** Fields every new record starts with (`PAID: 'N'`). */
  set?: Readonly<Record<string, unknown>>
  /** Id of the error row answered when a custom field refuses its value (userfields/values.ts). */
  invalidValue?: string
}

/** Changes the record whose id is in `by` with the object in `fields`; answers `true`. */
export interface MockUpdateOperation extends MockItemDetail {
  kind: 'update'
  entity: string
  by: string
  /** Absent where `set` says what changes (crm.item.payment.pay). */
  fields?: string
  /** Fields the method always writes (`PAID: 'Y'`). */
  set?: Readonly<Record<string, unknown>>
  notFound: string
  /** Id of the error row answered when a custom field refuses its value (userfields/values.ts). */
  invalidValue?: string
}

/** Answers the record whose id is in `by`, as the portal prints it. */
export interface MockGetOperation extends MockItemDetail {
  kind: 'get'
  entity: string
  by: string
  /** The record field matched against the value in `by`, where it is not the id. */
  match?: string
  notFound: string
}

/** Answers a page of records; each optional key names the parameter holding that part of the query. */
export interface MockListOperation extends MockItemDetail {
  kind: 'list'
  entity: string
  filter?: string
  order?: string
  select?: string
  start?: string
  pageSize: number
}

/** Answers the entity's field descriptions. */
export interface MockFieldsOperation extends MockItemDetail {
  kind: 'fields'
  entity: string
}

/**
 * Reads or writes the bindings of one owner record to records of `target` (a deal's contacts):
 * `get` answers them, `set` replaces them, `add` and `delete` change one, `clear` removes all.
 */
export interface MockRelationOperation {
  kind: 'relation'
  action: 'get' | 'set' | 'add' | 'delete' | 'clear'
  entity: string
  target: string
  /** The key a binding names its target by (`CONTACT_ID`). */
  key: string
  /** The parameter holding the owner's id. */
  by: string
  /** The parameter holding the bindings (set: a list; add, delete: one binding). */
  items?: string
  notFound: string
  /** Id of the error row answered when a binding lacks a positive target id. */
  itemInvalid?: string
}

/** Answers the result of the example whose params the call's match (the mock does not model the effect). */
export interface MockExampleOperation {
  kind: 'example'
  /** The entity the method is about (the docs group by it; the engine does not read it). */
  entity?: string
  /** Each example's params and result, in the spec's order. */
  examples: readonly { params: Readonly<Record<string, unknown>>; result: unknown }[]
  /** Id of the error row answered when no example matches; without it the first example answers. */
  noMatch?: string
}

/** The operations on one entity's records. */
export type MockRecordOperation =
  | MockDeleteOperation
  | MockAddOperation
  | MockUpdateOperation
  | MockGetOperation
  | MockListOperation
  | MockFieldsOperation

/** What a custom field can be refused for, on add and update (userfields/operations.ts). */
export type MockUserFieldRefusal =
  | 'nameMissing'
  | 'nameTooLong'
  | 'nameInvalid'
  | 'nameTaken'
  | 'typeMissing'
  | 'typeUnknown'
  | 'itemXmlIdTaken'

/**
 * Adds, lists, reads, changes or deletes the custom fields of `owner` (crm.contact.userfield.*),
 * kept as rows of the `entity` table marked with the owner's `ENTITY_ID`.
 */
export interface MockUserFieldOperation {
  kind: 'userfield'
  action: 'add' | 'list' | 'get' | 'update' | 'delete'
  entity: string
  owner: string
  by?: string
  fields?: string
  filter?: string
  order?: string
  notFound?: string
  /** Id of the error row answered when the id names another entity's custom field. */
  foreign?: string
  refusals?: Readonly<Partial<Record<MockUserFieldRefusal, string>>>
}

/** Every operation kind the engine knows. */
export type MockOperation = MockRecordOperation | MockRelationOperation | MockExampleOperation | MockUserFieldOperation

/** One typed field of an entity, as `crm.<entity>.fields` describes it. */
export interface MockEntityField {
  name: string
  type: string
  isRequired: boolean
  isReadOnly: boolean
  isImmutable: boolean
  isMultiple: boolean
  isDynamic: boolean
  statusType?: string
  title: { ru: string; en: string }
  /** What the portal writes into the field by itself where the sent fields did not set it (add, or every write). */
  fill?: { source: 'now' | 'caller'; on: 'add' | 'write' } | { source: 'default'; on: 'add' | 'write'; value: string | number | boolean }
  /** The crm.item.* name where it is not the rule's (DATE_CREATE is createdTime). */
  camelName?: string
  /** The values of an enumeration or a Y/N flag. */
  enum?: readonly { value: string | number | boolean }[]
  /** Answered only by the UPPER_CASE family, or only by crm.item.*. */
  upperOnly?: boolean
  camelOnly?: boolean
  /** A custom field (`UF_CRM_*`) made by crm.<entity>.userfield.add: its row, for printing and describing it. */
  userField?: MockRecord
}

/** One method of the table. */
export interface MockMethod {
  method: string
  scope: string
  /** Left out where the page gives access as text only: every caller may call. */
  access?: MockAccessRule
  params: readonly MockParamRule[]
  operation: MockOperation
  /** The `result` answered on success when the spec fixes it (`true` for a delete). */
  result?: boolean | number | string | null | readonly never[]
  errors: Readonly<Record<string, MockErrorRow>>
  /** Events a successful call fires (`ONCRMCONTACTDELETE`), with the record's id as `data[FIELDS][ID]`. */
  events?: readonly string[]
}

/** A stored record: field name to value, as the portal names them. */
export type MockRecord = Record<string, unknown>

/** An entity the store holds. */
export interface MockEntity {
  name: string
  idField: string
  /** Records of other entities pointing at this one by `field`, deleted with it on cascade. */
  linked: readonly { entity: string; field: string }[]
  /** The default store's records. */
  seed: readonly MockRecord[]
  /** Typed fields, for entities that add, update, get, list and fields operations work on. */
  fields?: readonly MockEntityField[]
  /** The CRM object type id crm.item.* knows the entity by (contact: 3). */
  entityTypeId?: number
  /** Each record (a smart process type) is an entity type whose items are `itemEntity` records. */
  definesEntityTypes?: { field: string; itemEntity: string }
  /** Entities bound to this one by relation methods, with the default store's bindings (rows with `OWNER_ID`). */
  bindings?: readonly { target: string; key: string; seed: readonly MockRecord[] }[]
  /** Custom fields the records carry: rows of table `entity` whose ENTITY_ID is `entityId`, named `prefix` + code. */
  userFields?: { entity: string; entityId: string; prefix: string }
}
