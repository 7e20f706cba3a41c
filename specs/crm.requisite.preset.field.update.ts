/**
 * crm.requisite.preset.field.update. Sources: the official pages
 * api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-update.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `preset`, `fields`, `true` as
 * result, the field and preset not-found, `ID is not defined or invalid` and `Access denied` rows.
 * Example-backed (specs/shared/preset-method.ts): the page renames field 1 of preset 27; another
 * field or preset answers the field's not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import {
  createPresetAccess,
  createPresetFieldNotFoundRow,
  createPresetRefNotFoundRow,
  listPresetFieldSiblings,
  presetFieldIdParam,
  presetRefParam,
} from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.field.update',
  scope: 'crm',
  summary: { ru: 'Изменить поле шаблона реквизитов', en: 'Update a requisite preset field' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.update` изменяет название, порядок или показ в кратком списке поля шаблона реквизитов.',
    en: 'The `crm.requisite.preset.field.update` method changes the title, order or short-list display of a requisite preset field.',
  },
  access: createPresetAccess('update', 'изменения', 'edit'),
  params: [
    presetFieldIdParam,
    presetRefParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля (`crm.requisite.preset.field.fields`).',
        en: 'The fields to change (`crm.requisite.preset.field.fields`).',
      },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если поле изменено', en: '`true` when the field was changed' } },
  errors: [
    createPresetFieldNotFoundRow(1),
    createPresetRefNotFoundRow(27),
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на изменение шаблона', 'The user may not edit the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'renameField1OfPreset27',
      title: { ru: 'Переименовать поле 1 шаблона 27', en: 'Rename field 1 of preset 27' },
      params: { id: 1, preset: { ID: 27 }, fields: { FIELD_NAME: 'RQ_NAME', FIELD_TITLE: 'Name', IN_SHORT_LIST: 'Y' } },
      result: true,
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.update'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({
  notFound: "The PresetField with ID '1' is not found",
  presetNotFound: "The Preset with ID '27' is not found",
  invalidId: 'ID is not defined or invalid',
  accessDenied: 'Access denied',
})
