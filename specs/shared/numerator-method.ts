/**
 * What the crm.documentgenerator.numerator.* methods share: the numerator's shape, the `fields` and
 * `id` parameters and the mock's operation details. Sources: the official pages
 * api-reference/crm/document-generator/numerator/ in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs.
 * The mock keeps numerators in the `documentNumerator` table (document-generator-entities.ts) and
 * answers them in camelCase. Where the portal differs from what it was sent (it answers `length` 0 and
 * null for empty settings, ids as strings outside add), the mock answers ids as numbers and the
 * settings as sent; each spec's opening comment says where its example differs from the page.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import { createDocgenAccessRow, createDocgenIdParam, createNotConstructedRow } from './document-generator.js'

/** A numerator as the methods answer it: the `documentNumerator` entity's fields in camelCase. */
export const numeratorRecord = { entity: 'documentNumerator', naming: 'camel' } as const

/** The `fields` of add and update: name, number template and generator settings, in camelCase. */
export function createNumeratorFieldsParam(required: boolean) {
  return {
    name: 'fields',
    type: 'object',
    required,
    record: numeratorRecord,
    description: {
      ru: 'Поля нумератора: `name`, `template` (например `{NUMBER}`) и `settings` генератора',
      en: 'The numerator fields: `name`, `template` (such as `{NUMBER}`) and the generator `settings`',
    },
  } as const satisfies MethodSpecInput['params'][number]
}

/**
 * The sequential generator's settings as the add and update pages send them, counting from `start`;
 * the mock keeps them as sent.
 */
export const createSentSettings = (start: number) => ({
  Bitrix_Main_Numerator_Generator_SequentNumberGenerator: {
    start,
    step: 1,
    length: 6,
    padString: '0',
    periodicBy: '',
    timezone: '',
    isDirectNumeration: false,
  },
})

/** The numerator id (crm.documentgenerator.numerator.list and .add answer it). */
export const numeratorIdParam = createDocgenIdParam('Идентификатор нумератора.', 'The numerator ID.', [
  'crm.documentgenerator.numerator.list',
  'crm.documentgenerator.numerator.add',
])

/** `Could not construct parameter {numerator}`: no numerator has the id. */
export const numeratorNotFoundRow = createNotConstructedRow(
  'numerator',
  'Нумератор с переданным `id` не найден',
  'No numerator has the given `id`',
)

/** `DOCGEN_ACCESS_ERROR`: the portal lets REST change only the numerators made through REST. */
export const numeratorOutOfReachRow = createDocgenAccessRow(
  'Нумератор создан не через REST: его нельзя читать и менять',
  'The numerator was not made through REST, so it is out of reach',
)

/** The mock's operation details every numerator method shares. */
export const numeratorOperation = { entity: 'documentNumerator', naming: 'camel' } as const
