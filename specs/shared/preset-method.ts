/**
 * What the crm.requisite.preset.* methods share: the `id` parameter, the not-found row, who may call
 * them, the field list and the family's names, as the official pages
 * (api-reference/crm/requisites/presets/ in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs)
 * give them; the texts are ours. A preset (template) says which fields a requisite shows; the
 * rights are checked on contacts and companies both.
 *
 * The pages' error tables put the server's text in the code column; the sample error answers send it
 * as the text with an empty code (specs/shared/docs-differences.ts, keepTextsFromCodeColumn).
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { type DocsDifference, keepTextsFromCodeColumn } from './docs-differences.js'
import { type Field, field, idField } from './field.js'
import { requisiteAuditFields } from './requisite-fields.js'

/** The preset id, read as `ID` then `id` and cast like PHP's (int). */
export const presetIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор шаблона реквизитов.', en: 'The requisite preset ID.' },
  sources: ['crm.requisite.preset.list', 'crm.requisite.preset.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** The preset family, for each spec's `related` (the spec's own name is left out). */
export function listPresetSiblings(method: string): string[] {
  return ['add', 'update', 'get', 'list', 'delete', 'fields', 'countries']
    .map((action) => `crm.requisite.preset.${action}`)
    .filter((name) => name !== method)
}

/** `The Preset with ID '<id>' is not found`, with the id the page prints (the server puts the asked id there). */
export function createPresetNotFoundRow(pageId: number) {
  return {
    id: 'notFound',
    code: '',
    status: 400,
    text: `The Preset with ID '${pageId}' is not found`,
    kind: 'notFound',
    when: { ru: 'Шаблон с переданным `id` не найден', en: 'No preset has the given `id`' },
  } as const satisfies ErrorRowInput
}

/** Who may call a method: the given right on contacts and companies both. */
export function createPresetAccess(permission: 'read' | 'add' | 'update' | 'delete', ru: string, en: string) {
  return {
    entity: 'preset',
    permission,
    description: {
      ru: `пользователь с правом «${ru}» и контактов, и компаний`,
      en: `a user with the "${en}" permission on both contacts and companies`,
    },
    deniedError: 'accessDenied',
  } as const
}

/** The access and not-found rows of get, update and delete, whose tables print them in the code column. */
export const explainPresetRows = (more: Record<string, string> = {}): DocsDifference[] =>
  keepTextsFromCodeColumn({ accessDenied: 'Access denied', notFound: "The Preset with ID '347' is not found", ...more })

/** The preset fields, as crm.requisite.preset.fields lists them (crm-requisite-preset-fields.md); titles are ours. */
export const presetFields: Field[] = [
  idField,
  field('ENTITY_TYPE_ID', 'integer', 'Тип объекта', 'Object type', { isRequired: true, isImmutable: true }),
  field('COUNTRY_ID', 'integer', 'Страна', 'Country', { isRequired: true, isImmutable: true }),
  field('NAME', 'string', 'Название', 'Name', { isRequired: true }),
  ...requisiteAuditFields,
  field('ACTIVE', 'char', 'Активен', 'Active'),
  field('SORT', 'integer', 'Сортировка', 'Sort order'),
  field('XML_ID', 'string', 'Внешний код', 'External code'),
]

/** The preset.field family, for each spec's `related` (the spec's own name is left out). */
export function listPresetFieldSiblings(method: string): string[] {
  return ['add', 'update', 'get', 'list', 'delete', 'fields', 'availabletoadd']
    .map((action) => `crm.requisite.preset.field.${action}`)
    .filter((name) => name !== method)
}

/** `preset`: the object `{ID}` naming the preset whose fields the call works on. */
export const presetRefParam = {
  name: 'preset',
  type: 'object',
  required: true,
  description: { ru: 'Шаблон: объект `{ID}` с его идентификатором.', en: 'The preset: an object `{ID}` holding its ID.' },
} as const satisfies MethodSpecInput['params'][number]

/** The preset field id, read as `ID` then `id`. */
export const presetFieldIdParam = {
  ...presetIdParam,
  description: { ru: 'Идентификатор поля в шаблоне.', en: 'The ID of the field in the preset.' },
  sources: ['crm.requisite.preset.field.list', 'crm.requisite.preset.field.add'],
} as const satisfies MethodSpecInput['params'][number]

/** `The Preset with ID '<id>' is not found` for the `preset` parameter of a preset.field method. */
export const createPresetRefNotFoundRow = (pageId: number) =>
  ({
    ...createPresetNotFoundRow(pageId),
    id: 'presetNotFound',
    when: { ru: 'Шаблон из `preset` не найден', en: 'No preset has the ID given in `preset`' },
  }) as const satisfies ErrorRowInput

/** `The PresetField with ID '<id>' is not found`, with the id the page prints. */
export const createPresetFieldNotFoundRow = (pageId: number) =>
  ({
    id: 'notFound',
    code: '',
    status: 400,
    text: `The PresetField with ID '${pageId}' is not found`,
    kind: 'notFound',
    when: { ru: 'В шаблоне нет поля с переданным `id`', en: 'The preset has no field with the given `id`' },
  }) as const satisfies ErrorRowInput

/** The preset field fields, as crm.requisite.preset.field.fields lists them; titles are ours. */
export const presetFieldFields: Field[] = [
  idField,
  field('FIELD_NAME', 'string', 'Поле реквизита', 'Requisite field', { isRequired: true }),
  field('FIELD_TITLE', 'string', 'Название в шаблоне', 'Title in the preset'),
  field('SORT', 'integer', 'Сортировка', 'Sort order'),
  field('IN_SHORT_LIST', 'char', 'В кратком списке', 'In the short list'),
]
