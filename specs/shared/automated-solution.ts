/**
 * The digital workplace (automated solution) entity of the crm.automatedsolution.* methods. Fields:
 * the crm-automated-solution-fields.md page in bitrix24/b24restdocs (ru and en): `id`, `title` and
 * `typeIds`, the smart processes shown in the workplace. The server titles each field with its
 * UPPER_CASE name in every language, so the titles here are those names too.
 */
import { defineEntity } from '@b24kit/spec'
import { type Field, field, idField } from './field.js'

/** The fields crm.automatedsolution.fields describes, stored UPPER_CASE and answered in camelCase. */
export const automatedSolutionFields: Field[] = [
  { ...idField, title: { ru: 'ID', en: 'ID' } },
  field('TITLE', 'string', 'TITLE', 'TITLE', { isRequired: true }),
  field('TYPE_IDS', 'crm_dynamic_type', 'TYPE_IDS', 'TYPE_IDS', { isMultiple: true }),
]

/**
 * The default store holds the workplaces the pages' examples read: 238, 240 and 267 of the list
 * answer (238 is the one the update page changes), 393 of the get page, and 5, the one the delete
 * page removes (no smart processes, so it can go).
 */
export const automatedSolution = defineEntity({
  name: 'automatedSolution',
  title: { ru: 'Цифровое рабочее место', en: 'Digital workplace' },
  idField: 'ID',
  // Its methods answer `{ automatedSolution: { id, title, typeIds } }`, as crm.type.* answers a type.
  naming: 'camel',
  seed: [
    { ID: 5, TITLE: 'Sales support', TYPE_IDS: [] },
    { ID: 238, TITLE: 'HR', TYPE_IDS: [129] },
    { ID: 240, TITLE: 'Customer Success', TYPE_IDS: [] },
    { ID: 267, TITLE: 'R&D', TYPE_IDS: [14, 158] },
    { ID: 393, TITLE: 'HR', TYPE_IDS: [4, 9, 77, 157, 225] },
  ],
  fields: automatedSolutionFields,
})
