/**
 * The model's shapes beyond flat scalars: nested objects, arrays of objects, enums, references to
 * named record types and entity records, wrapped answers, per-method filters and file parameters.
 * Kept apart from model.ts so the core model stays readable; model.ts adds these as optional parts,
 * so every spec written before them still validates unchanged.
 */
import { z } from 'zod'

const text = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) }).describe('Text in Russian and English')

/** Value types a shape can have. `file` is a file parameter; `date`/`datetime` are ISO 8601 strings; `any` is untyped JSON. */
export const valueTypes = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'null', 'file', 'date', 'datetime', 'any'] as const

/** The name of a record type declared once in specs/shared (`smartProcessType`, `time`). */
export const recordTypeNameSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase record type name such as time')

/** One value of an enum ("possible values" on a page), with what it means. */
export const enumValueSchema = z.strictObject({
  value: z.union([z.string(), z.number().int(), z.boolean()]),
  description: text.optional(),
})

/**
 * Which spelling of field names a record is printed with: `upper` (`ASSIGNED_BY_ID`, the crm.contact.*
 * family) or `camel` (`assignedById`, the crm.item.* family). The mapping between the two is declared
 * once, on the entity's fields (see `toCamelFieldName` and a field's `camelName`).
 */
export const namingSchema = z.enum(['upper', 'camel'])

/**
 * A record of an entity as a value: the entity's typed fields. With `entityTypeBy` the entity is
 * chosen per call by that parameter's value (crm.item.*: 3 is a contact, a smart process id its items).
 */
export const recordRefSchema = z.strictObject({
  entity: z.string().min(1).describe('A declared entity, or the generic `item` whose entity is chosen by entityTypeBy'),
  naming: namingSchema.default('upper'),
  entityTypeBy: z.string().min(1).optional().describe('The parameter holding the entityTypeId that selects the entity'),
})

/** The fields every shape may carry; recursive through `items`, `properties` and `values`. */
export interface ShapeInput {
  type: (typeof valueTypes)[number]
  nullable?: boolean
  enum?: z.input<typeof enumValueSchema>[]
  items?: ShapeInput
  properties?: PropertyInput[]
  values?: ShapeInput
  ref?: string
  record?: z.input<typeof recordRefSchema>
}
/** A named property of an object shape. */
export interface PropertyInput extends ShapeInput {
  name: string
  required?: boolean
  description?: z.input<typeof text>
}
export interface Shape {
  type: (typeof valueTypes)[number]
  nullable: boolean
  enum?: z.output<typeof enumValueSchema>[]
  items?: Shape
  properties?: Property[]
  values?: Shape
  ref?: string
  record?: z.output<typeof recordRefSchema>
}
export interface Property extends Shape {
  name: string
  required: boolean
  description?: z.output<typeof text>
}

/** The fields of a shape; a function so the recursive schemas below are read only once both exist. */
const createShapeFields = () => ({
  type: z.enum(valueTypes),
  nullable: z.boolean().default(false).describe('The value may also be null'),
  enum: z.array(enumValueSchema).min(1).optional().describe('The only values accepted or answered ("possible values")'),
  items: shapeSchema.optional().describe('The shape of each element of an array'),
  properties: z.array(propertySchema).min(1).optional().describe('The named properties of an object'),
  values: shapeSchema.optional().describe('The shape of every value of a map (an object keyed by names not known in advance)'),
  ref: recordTypeNameSchema.optional().describe('A record type declared once in specs/shared'),
  record: recordRefSchema.optional(),
})

/** A value's shape: a scalar, an object with properties, an array with an item shape, a map, a reference. */
export const shapeSchema: z.ZodType<Shape, ShapeInput> = z.lazy(() => z.strictObject(createShapeFields())).meta({ id: 'shape' })

/** A named property of an object shape. */
export const propertySchema: z.ZodType<Property, PropertyInput> = z
  .lazy(() =>
    z.strictObject({
      name: z.string().min(1),
      required: z.boolean().default(false),
      description: text.optional(),
      ...createShapeFields(),
    }),
  )
  .meta({ id: 'property' })

/** Filter key prefixes the CRM understands (the list pages name them). */
export const filterOperators = ['=', '!', '!=', '>', '>=', '<', '<=', '@', '!@', '%', '=%', '%=', '!%', '!=%', '!%=', '><', '!><'] as const

/**
 * What a method's filter accepts: which fields (the record's fields, or a list), which key prefixes,
 * and whether `logic: 'OR'` groups nest inside it.
 */
export const filterSpecSchema = z.strictObject({
  fields: z
    .union([z.literal('record'), z.array(z.string().min(1)).min(1)])
    .default('record')
    .describe("`record`: every field of the method's record; or the names the page lists"),
  operators: z.array(z.enum(filterOperators)).min(1).describe('The key prefixes the method understands'),
  logic: z.boolean().default(false).describe("Nested groups with `logic: 'OR'` (or `AND`) are accepted"),
})

/** How a file parameter is sent: `[name, base64]` pairs, or `{ fileData: [name, base64] }`. */
export const fileFormSchema = z.enum(['pair', 'fileData'])

/**
 * How a result is wrapped: `{ item }`, `{ type }`, `{ fields }`, or a page `{ items }` whose answer
 * also carries `total` and `next` beside `result`.
 */
export const resultWrapSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase key such as item'),
  paged: z.boolean().default(false).describe('A page of a list: `total` and `next` come beside `result`'),
})

/** A binding between two entities (a deal's contacts): what relation operations read and write. */
export const relationOperationSchema = z.strictObject({
  kind: z.literal('relation'),
  action: z
    .enum(['get', 'set', 'add', 'delete', 'clear'])
    .describe('items.get, items.set (replace all), add and delete (one binding), items.delete (clear all)'),
  entity: z.string().min(1).describe('The owner of the binding (deal)'),
  target: z.string().min(1).describe('The bound entity (contact)'),
  by: z.string().min(1).describe("The parameter holding the owner's id"),
  items: z.string().min(1).optional().describe('The parameter holding the bindings (set, add, delete)'),
  notFound: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .describe('Error row answered when the owner does not exist'),
  itemInvalid: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .optional()
    .describe('Error row answered when a binding lacks a positive target id (`CONTACT_ID` for a contact)'),
})

/**
 * A method the engine answers from its examples: the params are checked against the spec and the
 * example whose params match is answered. For methods whose effect the mock does not model.
 */
export const exampleOperationSchema = z.strictObject({
  kind: z.literal('example'),
  entity: z.string().min(1).optional().describe('The entity the method is about, for grouping in the docs'),
  noMatch: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .optional()
    .describe('Error row answered when no example matches; without it the first example answers'),
})

/**
 * The custom fields (`UF_CRM_*`) of an entity, as `crm.<entity>.userfield.*` read and write them:
 * one store table (`entity`, the portal's single table of user fields, ids shared by every owner),
 * rows marked with the owner's `ENTITY_ID` (`CRM_CONTACT`). The owner's records then carry the
 * fields, and its `fields` operation describes them.
 */
export const userFieldOperationSchema = z.strictObject({
  kind: z.literal('userfield'),
  action: z.enum(['add', 'list', 'get', 'update', 'delete']).describe('What the method does to the custom fields'),
  entity: z.string().min(1).describe('The store table of custom fields (`userfield`)'),
  owner: z.string().min(1).describe('The entity whose custom fields these are (`contact`); it declares `userFields`'),
  by: z.string().min(1).optional().describe('The parameter holding the custom field id (get, update, delete)'),
  fields: z.string().min(1).optional().describe('The parameter holding the custom field (add, update)'),
  filter: z.string().min(1).optional().describe('The parameter holding the exact-match filter (list)'),
  order: z.string().min(1).optional().describe('The parameter holding the sort order (list)'),
  notFound: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .optional()
    .describe('Error row answered when no custom field has the id'),
  foreign: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]*$/)
    .optional()
    .describe("Error row answered when the id names another entity's custom field"),
  refusals: z
    .partialRecord(
      z.enum(['nameMissing', 'nameTooLong', 'nameInvalid', 'nameTaken', 'typeMissing', 'typeUnknown', 'itemXmlIdTaken']),
      z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
    )
    .optional()
    .describe('Error rows answered for a refused custom field (add, update), by what is wrong'),
})

/** The option on crm.item.* that switches custom field names between `UF_CRM_2_X` and `ufCrm2_X`. */
export const nameSwitchSchema = z.string().min(1).describe('The parameter switching `ufCrm...` names to `UF_CRM_...` (Y/N)')
