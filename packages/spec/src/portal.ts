/**
 * Spec entries for what one portal adds to the shipped API: custom fields on a CRM entity
 * (`UF_CRM_*`) and smart processes (their own `entityTypeId` and `ufCrm...` fields). A user's
 * project declares them (or `b24kit pull` writes them from the portal) beside its own methods;
 * `b24kit generate` types the client and fills the mock with them.
 */
import { z } from 'zod'
import { customFieldTypes } from './custom-field-types.js'
import { fromZodIssues, type SpecIssue } from './issues.js'

export { customFieldTypes }

/** One item of an enumeration field: the id the records store, and the text the portal shows. */
const enumItemSchema = z.strictObject({
  id: z.number().int().positive().describe('The item id: what a record stores and what the client types'),
  value: z.string().min(1).describe('The text the portal shows for the item'),
  sort: z.number().int().optional(),
  isDefault: z.boolean().optional(),
  xmlId: z.string().optional(),
})

function checkItems(field: { type: string; items?: unknown[] }, ctx: z.RefinementCtx): void {
  if (field.type === 'enumeration' && !field.items?.length)
    ctx.addIssue({ code: 'custom', path: ['items'], message: 'the list items of an enumeration field (at least one)' })
  if (field.type !== 'enumeration' && field.items !== undefined)
    ctx.addIssue({ code: 'custom', path: ['items'], message: 'no items (only an enumeration field has them)' })
}

const fieldCore = {
  id: z.number().int().positive().optional().describe("The field's id on the portal, where it was pulled from one"),
  type: z.enum(customFieldTypes),
  multiple: z.boolean().optional(),
  mandatory: z.boolean().optional(),
  label: z.string().optional().describe("The field's label on the portal, for the generated JSDoc"),
  items: z.array(enumItemSchema).optional(),
}

/** A custom field of a CRM entity, named as crm.<entity>.* name it (`UF_CRM_RATING`). */
export const customFieldSchema = z
  .strictObject({ name: z.string().regex(/^UF_CRM_[A-Z0-9_]+$/, 'a name such as UF_CRM_RATING'), ...fieldCore })
  .superRefine(checkItems)

/** A custom field of a smart process, named as crm.item.* name it (`ufCrm5_1700000000`). */
export const itemCustomFieldSchema = z
  .strictObject({ name: z.string().regex(/^ufCrm[0-9A-Za-z_]+$/, 'a name such as ufCrm5Weight'), ...fieldCore })
  .superRefine(checkItems)

/** The custom fields one portal adds to a shipped CRM entity. */
export const customFieldsEntrySchema = z.strictObject({
  kind: z.literal('customFields'),
  entity: z
    .string()
    .regex(/^[a-z][a-zA-Z]*$/)
    .describe('The shipped entity, such as `contact` or `deal`'),
  fields: z.array(customFieldSchema),
})

/** A smart process of the portal: its entityTypeId, title and custom fields. */
export const smartProcessEntrySchema = z.strictObject({
  kind: z.literal('smartProcess'),
  entityTypeId: z.number().int().min(128).describe('The id crm.type.add gave it (1032, 1034, ... on a new portal)'),
  title: z.string().min(1),
  code: z.string().optional(),
  typeName: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]*$/, 'a PascalCase name such as Delivery')
    .describe('The TypeScript name of its records'),
  fields: z.array(itemCustomFieldSchema),
})

export type CustomFieldSpec = z.output<typeof customFieldSchema>
export type ItemCustomFieldSpec = z.output<typeof itemCustomFieldSchema>
export type CustomFieldsEntry = z.output<typeof customFieldsEntrySchema>
export type SmartProcessEntry = z.output<typeof smartProcessEntrySchema>
/** What a portal entry file declares besides methods. */
export type PortalEntry = CustomFieldsEntry | SmartProcessEntry

/** Declares the custom fields a portal adds to a shipped entity (`specs/portal/contact-fields.ts`). */
export function defineCustomFields<const T extends Omit<z.input<typeof customFieldsEntrySchema>, 'kind'>>(entry: T) {
  return { kind: 'customFields' as const, ...entry }
}

/** Declares a smart process of the portal (`specs/portal/smart-process-1032.ts`). */
export function defineSmartProcess<const T extends Omit<z.input<typeof smartProcessEntrySchema>, 'kind'>>(entry: T) {
  return { kind: 'smartProcess' as const, ...entry }
}

const portalEntrySchema = z.discriminatedUnion('kind', [customFieldsEntrySchema, smartProcessEntrySchema])

/** Validates a portal entry; every issue names the file, the field path, what was expected and what came. */
export function parsePortalEntry(file: string, input: unknown): { ok: true; value: PortalEntry } | { ok: false; issues: SpecIssue[] } {
  const parsed = portalEntrySchema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, issues: fromZodIssues(file, input, parsed.error.issues) }
}

/** Whether a default export is a portal entry (it says its kind) rather than a method spec. */
export function isPortalEntry(input: unknown): boolean {
  return typeof input === 'object' && input !== null && 'kind' in input && !('method' in input)
}
