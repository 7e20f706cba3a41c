/**
 * The spec model: one zod schema per concept of a Bitrix24 REST method page. The TypeScript types,
 * the validator and the published JSON Schema all derive from these schemas, so they cannot drift.
 */
import { z } from 'zod'
import {
  enumValueSchema,
  exampleOperationSchema,
  fileFormSchema,
  filterSpecSchema,
  namingSchema,
  propertySchema,
  recordRefSchema,
  recordTypeNameSchema,
  relationOperationSchema,
  resultWrapSchema,
  shapeSchema,
  userFieldOperationSchema,
  valueTypes,
} from './shapes.js'

/** Text in both languages the docs are published in. */
export const localizedSchema = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) }).describe('Text in Russian and English')

/**
 * `crm.contact.delete`: segments joined by dots. The server matches names case-insensitively; pages
 * spell a few in camelCase (`crm.activity.todo.updateDeadline`) and the spec keeps their spelling.
 */
export const methodNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(\.[a-z][a-zA-Z0-9_]*)+$/, 'a dotted method name such as crm.contact.delete or crm.activity.todo.updateDeadline')

const identifierSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase identifier such as notFound')

/**
 * What a caller can switch on. The spec assigns one to every error row, so the client classifies
 * errors from the spec, including rows whose code is empty and that are told apart by text only.
 */
export const errorKinds = [
  'invalidParams',
  'invalidRequest',
  'accessDenied',
  'notFound',
  'rateLimited',
  'operationTimeLimit',
  'expiredToken',
  'invalidCredentials',
  'insufficientScope',
  'methodNotFound',
  'serverError',
] as const
export const errorKindSchema = z.enum(errorKinds)

/** One row of an error table: what the server sends, with which status, and when. */
export const errorRowSchema = z.strictObject({
  id: identifierSchema.describe('Stable key of the row, used in generated type and constant names'),
  code: z.string().describe('The `error` field; an empty string where the server sends none'),
  status: z.number().int().min(100).max(599).describe('HTTP status of the answer'),
  text: z.union([z.string().min(1), localizedSchema]).describe('The exact `error_description`; per language where the portal localises it'),
  kind: errorKindSchema,
  when: localizedSchema.describe('When the server answers this (the "Значение" column)'),
  statusNote: z.string().min(1).optional().describe('Why this status was chosen where sources disagree'),
})

export const paramTypes = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'file'] as const
/** What a result can be: a param type but a file, or `null` (methods that answer `null`). */
export const resultTypes = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'null'] as const

/** Optional shape detail a parameter, a result or a record type field may add to its `type`. */
const shapeDetail = {
  enum: z.array(enumValueSchema).min(1).optional().describe('The only values accepted ("possible values")'),
  items: shapeSchema.optional().describe('The shape of each element of an array'),
  properties: z.array(propertySchema).min(1).optional().describe('The named properties of an object'),
  values: shapeSchema.optional().describe('The shape of every value of a map'),
  ref: recordTypeNameSchema.optional().describe('A record type declared once in specs/shared'),
  record: recordRefSchema.optional().describe("A record of an entity, with the entity's typed fields"),
}

/** One parameter of a method. */
export const paramSchema = z.strictObject({
  name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'a parameter name such as id'),
  type: z.enum(paramTypes),
  required: z.boolean(),
  spellings: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('The keys the server reads, in the order it reads them (CRM reads `ID`, then `id`)'),
  coercion: z
    .enum(['none', 'php-int'])
    .default('none')
    .describe('php-int: the server casts like PHP (int): "50" is 50, "12abc" is 12, "abc" is 0'),
  minimum: z.number().int().optional().describe('Smallest accepted value after coercion'),
  description: localizedSchema,
  sources: z.array(methodNameSchema).default([]).describe('Methods whose answers give this value'),
  invalidError: identifierSchema.optional().describe('Error row answered when the value is missing or invalid'),
  ...shapeDetail,
  default: z.json().optional().describe('The value the server assumes when the parameter is left out'),
  filter: filterSpecSchema.optional().describe('This parameter is a filter: its fields, operators and OR groups'),
  fileForms: z.array(fileFormSchema).min(1).optional().describe('How a `file` parameter may be sent'),
})

/** A named record type documented once and referenced by methods (the `time` block). */
export const typeFieldSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(valueTypes),
  format: z.enum(['unix-seconds', 'date-time', 'seconds']).optional(),
  optional: z.boolean().default(false),
  nullable: z.boolean().optional().describe('The value may also be null'),
  description: localizedSchema,
  ...shapeDetail,
})
export const recordTypeSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  description: localizedSchema,
  fields: z.array(typeFieldSchema).min(1),
})

/**
 * Field types of CRM records, as `crm.<entity>.fields` names them. `char` holds the `Y`/`N` flags;
 * `crm_multifield` is a list of `{ID, VALUE_TYPE, VALUE, TYPE_ID}` (PHONE, EMAIL, WEB, IM, LINK);
 * `integer`, `user` and the `crm_*` links are numbers the portal answers as strings.
 */
export const entityFieldTypes = [
  'integer',
  'double',
  'string',
  'char',
  'date',
  'datetime',
  'file',
  'user',
  'crm_status',
  'crm_currency',
  'crm_company',
  'crm_contact',
  'crm_lead',
  'crm_multifield',
  'location',
  'boolean',
  'text',
  'crm_entity',
  'crm_category',
  'crm_deal',
  'crm_quote',
  'crm_invoice',
  'enumeration',
  'money',
  'url',
  'address',
  'employee',
  'iblock_element',
  'iblock_section',
  'crm',
  'crm_product_row',
  // A JSON object kept as sent (a document numerator's generator settings).
  'object',
  // A smart process type id (crm.automatedsolution.fields' `typeIds`).
  'crm_dynamic_type',
] as const

/** When the portal fills a field: on `add` only, or on every `write` (add and update). */
const fillWhenSchema = z.enum(['add', 'write'])

/**
 * What the portal writes into a field by itself, where the sent fields did not set it: the mock's
 * clock (`now`), the calling user's id (`caller`), or a constant (`default`).
 */
export const fieldFillSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('now'), on: fillWhenSchema }),
  z.strictObject({ source: z.literal('caller'), on: fillWhenSchema }),
  z.strictObject({ source: z.literal('default'), on: fillWhenSchema, value: z.union([z.string(), z.number(), z.boolean()]) }),
])

/** One field of an entity, as `crm.<entity>.fields` describes it. */
export const entityFieldSchema = z.strictObject({
  name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an upper-case field name such as LAST_NAME'),
  type: z.enum(entityFieldTypes),
  isRequired: z.boolean().default(false),
  isReadOnly: z.boolean().default(false).describe('Set by the portal; add and update ignore it'),
  isImmutable: z.boolean().default(false).describe('Set on add only; update ignores it'),
  isMultiple: z.boolean().default(false),
  isDynamic: z.boolean().default(false),
  statusType: z.string().min(1).optional().describe('The `crm.status.list` directory of a crm_status field'),
  title: localizedSchema,
  fill: fieldFillSchema.optional().describe('What the portal writes into the field by itself (DATE_CREATE, CREATED_BY_ID)'),
  camelName: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9_]*$/, 'a camelCase field name such as createdTime')
    .optional()
    .describe('The crm.item.* name where it is not the rule of toCamelFieldName (DATE_CREATE is createdTime)'),
  enum: z.array(enumValueSchema).min(1).optional().describe('The values of an enumeration or a Y/N flag'),
  upperOnly: z.boolean().optional().describe('Answered only by the UPPER_CASE family (crm.contact.*), not by crm.item.*'),
  camelOnly: z.boolean().optional().describe('Answered only by the camelCase family (crm.item.*)'),
})

/** An entity the mock stores (a contact), and what is deleted with it. */
export const entitySchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'an entity name such as contact'),
  title: localizedSchema,
  idField: z.string().min(1),
  linked: z
    .array(z.strictObject({ entity: z.string().min(1), field: z.string().min(1) }))
    .default([])
    .describe('Records of other entities that point at this one by `field` and go when it goes'),
  seed: z
    .array(z.record(z.string(), z.json()))
    .default([])
    .describe("Records of the mock's default store, so the docs' examples work as written"),
  fields: z
    .array(entityFieldSchema)
    .default([])
    .describe('The typed fields of a record: what add, update, get, list and fields operations read and answer'),
  entityTypeId: z.number().int().min(1).optional().describe('The CRM object type id crm.item.* knows this entity by (contact: 3)'),
  naming: namingSchema
    .optional()
    .describe(
      'camel: the records are answered in camelCase, though crm.item.* knows no type id for them (a payment of the sale module, a document numerator, a digital workplace)',
    ),
  definesEntityTypes: z
    .strictObject({
      field: z.string().min(1).describe('The field holding the new entityTypeId'),
      itemEntity: z.string().min(1).describe('The entity whose fields each new type starts with'),
    })
    .optional()
    .describe('Each record of this entity (a smart process type) creates an entity type crm.item.* then serves'),
  bindings: z
    .array(
      z.strictObject({
        target: z.string().min(1).describe('The bound entity (a deal binds contacts)'),
        seed: z
          .array(z.record(z.string(), z.json()))
          .default([])
          .describe("Bindings of the default store: `OWNER_ID`, the target's id (`CONTACT_ID`) and `SORT`, `ROLE_ID`, `IS_PRIMARY`"),
      }),
    )
    .optional()
    .describe("Entities bound to this one by relation methods (crm.deal.contact.*), with the default store's bindings"),
  userFields: z
    .strictObject({
      entity: z.string().min(1).describe('The store table holding the custom fields (`userfield`)'),
      entityId: z
        .string()
        .regex(/^[A-Z][A-Z0-9_]*$/, 'an ENTITY_ID such as CRM_CONTACT')
        .describe("The custom fields' `ENTITY_ID`"),
      prefix: z
        .string()
        .regex(/^UF_[A-Z0-9_]*$/, 'a prefix such as UF_CRM_')
        .describe('What the portal puts before a new field name'),
    })
    .optional()
    .describe('Custom fields (crm.<entity>.userfield.*) the records carry beside the typed fields'),
})

const jsonValue: z.ZodType<unknown> = z.json()

/** The `time` block of a sample answer, as printed on the documentation page. */
const timeSampleSchema = z.record(z.string(), z.union([z.number(), z.string()]))

/** A worked example: what is sent and what comes back. */
export const exampleSchema = z.strictObject({
  id: identifierSchema,
  title: localizedSchema,
  params: z.record(z.string(), jsonValue),
  result: jsonValue.describe('The `result` the server answers for these params on the default store'),
  time: timeSampleSchema.optional().describe('The `time` block shown in the docs answer'),
})

/** The operations the mock engine knows. */
export const operationKinds = ['delete', 'add', 'update', 'get', 'list', 'fields'] as const

const paramRef = (what: string) => z.string().min(1).describe(`The parameter holding ${what}`)

/**
 * What the crm.item.* family adds to a CRUD operation: the entity is chosen per call by an
 * entityTypeId parameter, records are answered in camelCase and wrapped (`{ item }`).
 */
const itemOperationDetail = {
  entityTypeBy: paramRef('the entityTypeId that selects the entity').optional(),
  typeNotFound: identifierSchema.optional().describe('Error row answered when no entity has that entityTypeId'),
  naming: namingSchema.optional().describe('How field names are spelled in params and answers (default upper)'),
  originalUfNamesBy: paramRef('the Y/N switch to UF_CRM_* custom field names').optional(),
  wrap: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .optional()
    .describe('The key the record (or page) is wrapped in'),
  ownerBy: z
    .record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an upper-case field name such as ENTITY_ID'), z.string().min(1))
    .optional()
    .describe("Record field -> the parameter naming the record's owner (a payment's deal): add writes it, list keeps to it"),
}

/** What the mock does for this method, so its engine needs no code per method. */
export const operationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('delete'),
    entity: z.string().min(1),
    by: z.string().min(1).describe('The parameter holding the id'),
    cascade: z.boolean().describe('Also delete the linked records declared on the entity'),
    notFound: identifierSchema.describe('Error row answered when no record has that id'),
    ...itemOperationDetail,
  }),
  z.strictObject({
    kind: z.literal('add'),
    entity: z.string().min(1),
    fields: paramRef("the new record's fields")
      .optional()
      .describe("The parameter holding the new record's fields; none where the owner alone makes it"),
    answersId: z.literal(true).optional().describe('A camelCase add answers the new id, not the record (crm.item.payment.add)'),
    set: z
      .record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.json())
      .optional()
      .describe('Fields every new record starts with (a new payment is unpaid, with a sum of 0)'),
    invalidValue: identifierSchema
      .optional()
      .describe('Error row answered when a custom field refuses its value (an enumeration ID outside its list)'),
    ...itemOperationDetail,
  }),
  z.strictObject({
    kind: z.literal('update'),
    entity: z.string().min(1),
    by: paramRef('the id'),
    fields: paramRef('the fields to change').optional().describe('The parameter holding the fields to change; none where `set` says them'),
    set: z
      .record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.json())
      .optional()
      .describe('Fields the method always writes (crm.item.payment.pay sets PAID to Y)'),
    notFound: identifierSchema.describe('Error row answered when no record has that id'),
    invalidValue: identifierSchema
      .optional()
      .describe('Error row answered when a custom field refuses its value (an enumeration ID outside its list)'),
    ...itemOperationDetail,
  }),
  z.strictObject({
    kind: z.literal('get'),
    entity: z.string().min(1),
    by: paramRef('the id'),
    match: z
      .string()
      .min(1)
      .optional()
      .describe('The record field the value in `by` is matched against, where it is not the id (crm.type.getByEntityTypeId)'),
    notFound: identifierSchema.describe('Error row answered when no record has that id'),
    ...itemOperationDetail,
  }),
  z.strictObject({
    kind: z.literal('list'),
    entity: z.string().min(1),
    filter: paramRef('the filter (keys may start with >=, <=, >, <, =, !, %, ...)').optional(),
    order: paramRef('the sort order (field -> ASC or DESC)').optional(),
    select: paramRef('the fields to answer (`*` for every plain field)').optional(),
    start: paramRef('the offset of the page').optional(),
    pageSize: z.number().int().min(1).default(50).describe('Records per page; the answer adds `total` and `next`'),
    ...itemOperationDetail,
  }),
  z.strictObject({ kind: z.literal('fields'), entity: z.string().min(1), ...itemOperationDetail }),
  relationOperationSchema,
  exampleOperationSchema,
  userFieldOperationSchema,
])

/**
 * Who may call the method. With `entity` and `permission` the mock checks the caller's right; a rule
 * the page gives as text only (no entity permission) leaves both out.
 */
export const accessSchema = z.strictObject({
  entity: z.string().min(1).optional().describe('The entity whose permission is checked; left out for a text-only rule'),
  permission: z.enum(['read', 'add', 'update', 'delete']).optional(),
  description: localizedSchema.describe('Who may call the method, as the page says it'),
  deniedError: identifierSchema.optional().describe('Error row answered to a user without the permission'),
})

/**
 * An event the method fires once it changed the store (`crm.contact.delete` fires
 * `ONCRMCONTACTDELETE`): the portal POSTs it to every handler an app bound with `event.bind`,
 * with the record's id as `data[FIELDS][ID]`. Each one gets a page in the docs.
 */
export const methodEventSchema = z.strictObject({
  name: z.string().regex(/^ON[A-Z0-9_]+$/, 'an upper-case event name such as ONCRMCONTACTDELETE'),
  summary: localizedSchema.describe('The event page title'),
  description: localizedSchema.describe('When the event fires'),
})

/** A whole method: every fact of its documentation page. */
export const methodSpecSchema = z.strictObject({
  method: methodNameSchema,
  scope: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a scope name such as crm'),
  extraScopes: z
    .array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a scope name such as user'))
    .min(1)
    .optional()
    .describe('Further scopes the page names beside `scope`; any one of them lets a token call the method'),
  summary: localizedSchema.describe('The page title'),
  description: localizedSchema,
  access: accessSchema,
  params: z.array(paramSchema),
  result: z.strictObject({
    type: z.enum(resultTypes),
    const: z
      .union([z.boolean(), z.number(), z.string(), z.null(), z.array(z.never()).max(0)])
      .optional()
      .describe('The one value answered: true, null, []'),
    description: localizedSchema,
    nullable: z.boolean().optional().describe('The answer may also be null'),
    wrap: resultWrapSchema.optional(),
    ...shapeDetail,
  }),
  errors: z.array(errorRowSchema).default([]).describe("The page's own error rows; methods with none answer only system errors"),
  errorExample: identifierSchema.describe('The error row shown as the sample error answer (its own or a system row)'),
  examples: z.array(exampleSchema).min(1),
  related: z.array(methodNameSchema).default([]),
  deprecated: z.strictObject({ replacement: methodNameSchema, note: localizedSchema }).optional(),
  operation: operationSchema,
  events: z.array(methodEventSchema).optional().describe('Events a successful call fires to bound handlers'),
})

/** The list every method can answer with, inlined by the docs where the portal docs include it. */
export const systemErrorsSchema = z.array(errorRowSchema).min(1)

/** What `defineMethod` accepts: defaults may be left out. */
export type MethodSpecInput = z.input<typeof methodSpecSchema>
/** A validated method spec, defaults filled in. */
export type MethodSpec = z.output<typeof methodSpecSchema>
export type ParamSpec = z.output<typeof paramSchema>
export type ErrorRow = z.output<typeof errorRowSchema>
export type ErrorKind = z.output<typeof errorKindSchema>
export type ExampleSpec = z.output<typeof exampleSchema>
export type OperationSpec = z.output<typeof operationSchema>
export type MethodEventSpec = z.output<typeof methodEventSchema>
export type EntitySpec = z.output<typeof entitySchema>
export type EntitySpecInput = z.input<typeof entitySchema>
export type EntityFieldSpec = z.output<typeof entityFieldSchema>
export type EntityFieldType = z.output<typeof entityFieldSchema>['type']
export type FieldFillSpec = z.output<typeof fieldFillSchema>
export type RecordTypeSpec = z.output<typeof recordTypeSchema>
export type RecordTypeSpecInput = z.input<typeof recordTypeSchema>
export type ResultSpec = z.output<typeof methodSpecSchema>['result']
export type AccessSpec = z.output<typeof methodSpecSchema>['access']
export type EntityAccessSpec = z.output<typeof accessSchema>
export type FilterSpec = z.output<typeof filterSpecSchema>
export type RecordRefSpec = z.output<typeof recordRefSchema>
export type Naming = z.output<typeof namingSchema>
export type Localized = z.output<typeof localizedSchema>
export type ErrorRowInput = z.input<typeof errorRowSchema>
