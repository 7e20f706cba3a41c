/**
 * crm.requisite.preset.field.add. Sources: the official pages api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `preset`, `fields` (`FIELD_NAME` required), the new field's id as result, the can-not-be-added (its
 * sample answer), preset not-found and `Access denied` rows. Example-backed: a field lives inside the
 * preset the call names (specs/shared/preset-method.ts); the page adds RQ_NAME to preset 27.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createPresetAccess, createPresetRefNotFoundRow, listPresetFieldSiblings, presetRefParam } from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.field.add',
  scope: 'crm',
  summary: { ru: 'Добавить поле в шаблон реквизитов', en: 'Add a field to a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.add` добавляет в шаблон реквизитов поле из доступных (`crm.requisite.preset.field.availabletoadd`) и возвращает его идентификатор.',
    en: 'The `crm.requisite.preset.field.add` method adds one of the available fields (`crm.requisite.preset.field.availabletoadd`) to a requisite preset and returns its ID.',
  },
  access: createPresetAccess('add', 'добавления', 'add'),
  params: [
    presetRefParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля (`crm.requisite.preset.field.fields`): обязателен `FIELD_NAME`, также `FIELD_TITLE`, `IN_SHORT_LIST` и `SORT`.',
        en: 'The fields (`crm.requisite.preset.field.fields`): `FIELD_NAME` is required, with `FIELD_TITLE`, `IN_SHORT_LIST` and `SORT`.',
      },
    },
  ],
  result: { type: 'integer', description: { ru: 'Идентификатор поля в шаблоне', en: 'The ID of the field in the preset' } },
  errors: [
    {
      id: 'fieldNotAddable',
      code: '',
      status: 400,
      text: "The field 'RQ_NAME' can not be added.",
      kind: 'invalidParams',
      when: { ru: 'Поле уже есть в шаблоне или недоступно для него', en: 'The field is already in the preset or not available to it' },
    },
    createPresetRefNotFoundRow(27),
    createAccessDeniedRow('У пользователя нет права на изменение шаблона', 'The user may not change the preset'),
  ],
  errorExample: 'fieldNotAddable',
  examples: [
    {
      id: 'addNameToPreset27',
      title: { ru: 'Добавить поле RQ_NAME в шаблон 27', en: 'Add RQ_NAME to preset 27' },
      params: { preset: { ID: 27 }, fields: { FIELD_NAME: 'RQ_NAME', FIELD_TITLE: 'TEST', IN_SHORT_LIST: 'N', SORT: 580 } },
      result: 3,
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.add'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'presetNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({
  fieldNotAddable: "The field 'RQ_NAME' can not be added",
  presetNotFound: "The Preset with ID '27' is not found",
  accessDenied: 'Access denied',
})
