/**
 * crm.requisite.preset.field.delete. Sources: the official pages
 * api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `preset`, `true` as result,
 * the field (its sample answer) and preset not-found, `ID is not defined or invalid` and
 * `Access denied` rows. Example-backed (specs/shared/preset-method.ts): the page removes field 27
 * from preset 1; another field or preset answers the field's not-found row.
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
  method: 'crm.requisite.preset.field.delete',
  scope: 'crm',
  summary: { ru: 'Удалить поле из шаблона реквизитов', en: 'Delete a field from a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.delete` убирает поле из шаблона реквизитов.',
    en: 'The `crm.requisite.preset.field.delete` method removes a field from a requisite preset.',
  },
  access: createPresetAccess('delete', 'удаления', 'delete'),
  params: [presetFieldIdParam, presetRefParam],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если поле удалено', en: '`true` when the field was removed' } },
  errors: [
    createPresetFieldNotFoundRow(27),
    createPresetRefNotFoundRow(1),
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на изменение шаблона', 'The user may not change the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteField27OfPreset1',
      title: { ru: 'Удалить поле 27 из шаблона 1', en: 'Remove field 27 from preset 1' },
      params: { id: 27, preset: { ID: 1 } },
      result: true,
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.delete'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({
  notFound: "The PresetField with ID '27' is not found",
  presetNotFound: "The Preset with ID '1' is not found",
  invalidId: 'ID is not defined or invalid',
  accessDenied: 'Access denied',
})
