/**
 * The document generator's entities: `documentNumerator`, the numbering rules crm.documentgenerator.numerator.*
 * keep in the mock's store, and `documentTemplate` and `document`, which the template and document
 * methods check rights on and are grouped by (their answers come from the pages' examples). Sources:
 * the official pages api-reference/crm/document-generator/numerator/ in bitrix24/b24restdocs (names,
 * types, the sample answers). Fields are stored UPPER_CASE and answered in camelCase (`id`, `name`).
 */
import { defineEntity } from '@b24kit/spec'
import { type Field, field, idField } from './field.js'

/** A numerator's fields, as the numerator pages list them. */
export const numeratorFields: Field[] = [
  idField,
  field('NAME', 'string', 'Название', 'Name', { isRequired: true }),
  field('TEMPLATE', 'string', 'Шаблон номера', 'Number template', { isRequired: true }),
  field('CODE', 'string', 'Символьный код', 'Code'),
  // An object keyed by generator class (Bitrix_Main_Numerator_Generator_SequentNumberGenerator), kept as sent.
  field('SETTINGS', 'object', 'Настройки генератора', 'Generator settings'),
]

/** The sequential generator's settings as the pages' answers print them, counting from `start`. */
export const createStoredSettings = (start: number) => ({
  Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
    start,
    step: 1,
    length: 0,
    padString: '0',
    periodicBy: null,
    timezone: null,
    isDirectNumeration: false,
  },
})

/**
 * Numbering rules. The default store holds what the pages read: 2 (a portal's own rule, listed by
 * crm.documentgenerator.numerator.list), 45 as the get, update and list pages print it, and 47, which
 * the delete page deletes (the pages never show it; its name is ours). crm.documentgenerator.numerator.add
 * then gets id 48.
 */
export const documentNumerator = defineEntity({
  name: 'documentNumerator',
  title: { ru: 'Нумератор документов', en: 'Document numerator' },
  idField: 'ID',
  // Only the camelCase numerator methods serve it: the client types it as DocumentNumerator in camelCase.
  naming: 'camel',
  seed: [
    { ID: 2, NAME: 'Certificate (United States)', TEMPLATE: '{NUMBER}', CODE: null, SETTINGS: createStoredSettings(1) },
    { ID: 45, NAME: 'REST Enumerator (updated)', TEMPLATE: 'INV-{NUMBER}', CODE: null, SETTINGS: createStoredSettings(100) },
    { ID: 47, NAME: 'REST Enumerator (to delete)', TEMPLATE: '{NUMBER}', CODE: null, SETTINGS: createStoredSettings(1) },
  ],
  fields: numeratorFields,
})

/** Document templates: the template methods answer their pages' examples; the entity carries the rights. */
export const documentTemplate = defineEntity({
  name: 'documentTemplate',
  title: { ru: 'Шаблон документа', en: 'Document template' },
  idField: 'ID',
})

/** Generated documents: the document methods answer their pages' examples; the entity carries the rights. */
export const document = defineEntity({
  name: 'document',
  title: { ru: 'Документ', en: 'Document' },
  idField: 'ID',
})
