/**
 * crm.requisite.preset.field.get. Sources: the official pages api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `preset`, the field as result, the field and preset not-found (their sample answers) and
 * `Access denied` rows. Example-backed (specs/shared/preset-method.ts): the page reads field 1 of
 * preset 27 as the add page made it; another field or preset answers the field's not-found row.
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
  method: 'crm.requisite.preset.field.get',
  scope: 'crm',
  summary: { ru: 'Получить поле шаблона реквизитов', en: 'Get a requisite preset field' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.get` возвращает поле шаблона реквизитов по идентификатору.',
    en: 'The `crm.requisite.preset.field.get` method returns a field of a requisite preset by its ID.',
  },
  access: createPresetAccess('read', 'чтения', 'read'),
  params: [presetFieldIdParam, presetRefParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поле шаблона: `ID`, `FIELD_NAME`, `FIELD_TITLE`, `IN_SHORT_LIST`, `SORT`',
      en: 'The preset field: `ID`, `FIELD_NAME`, `FIELD_TITLE`, `IN_SHORT_LIST`, `SORT`',
    },
  },
  errors: [
    invalidIdRow,
    createPresetFieldNotFoundRow(1),
    createPresetRefNotFoundRow(27),
    createAccessDeniedRow('У пользователя нет права на чтение шаблона', 'The user may not read the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getField1OfPreset27',
      title: { ru: 'Получить поле 1 шаблона 27', en: 'Get field 1 of preset 27' },
      params: { id: 1, preset: { ID: 27 } },
      result: { ID: 1, FIELD_NAME: 'RQ_NAME', FIELD_TITLE: 'TEST', IN_SHORT_LIST: 'N', SORT: 580 },
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.get'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTextsFromCodeColumn({
    notFound: "The PresetField with ID '1' is not found",
    presetNotFound: "The Preset with ID '27' is not found",
    accessDenied: 'Access denied',
  }),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: 'the server checks `id` before it looks the field up, as the update and delete pages list; this page leaves the row out',
  },
]
