/**
 * crm.requisite.preset.update. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-update.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `fields`, `true` as result,
 * the not-found (its sample answer) and `Access denied` rows. The page archives preset 347, which the
 * default store holds. The table types `fields` as an array; it is an object of fields, as the
 * example sends it.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createPresetAccess,
  createPresetNotFoundRow,
  explainPresetRows,
  listPresetSiblings,
  presetIdParam,
} from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.update',
  scope: 'crm',
  summary: { ru: 'Изменить шаблон реквизитов', en: 'Update a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.update` изменяет поля шаблона реквизитов. Поля, не переданные в `fields`, остаются как были.',
    en: 'The `crm.requisite.preset.update` method changes the fields of a requisite preset. Fields left out of `fields` keep their values.',
  },
  access: createPresetAccess('update', 'изменения', 'edit'),
  params: [
    presetIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: { ru: 'Изменяемые поля (`crm.requisite.preset.fields`).', en: 'The fields to change (`crm.requisite.preset.fields`).' },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если шаблон изменен', en: '`true` when the preset was changed' },
  },
  errors: [
    invalidIdRow,
    createPresetNotFoundRow(347),
    createAccessDeniedRow('У пользователя нет права на изменение шаблона', 'The user may not edit the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'archivePreset347',
      title: { ru: 'Отключить шаблон 347', en: 'Archive preset 347' },
      params: { id: 347, fields: { NAME: 'Smith LLC (archive)', ACTIVE: 'N' } },
      result: true,
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.update'),
  operation: { kind: 'update', entity: 'preset', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...explainPresetRows(),
  {
    path: 'params.fields.type',
    docs: 'array',
    reason: 'the example sends an object of fields, as every update method of the CRM takes them',
  },
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: 'the server checks `id` before it looks the preset up, as the requisite pages list; this page leaves the row out',
  },
]
