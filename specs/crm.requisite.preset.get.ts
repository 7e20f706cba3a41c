/**
 * crm.requisite.preset.get. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-get.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the preset as result, the
 * not-found (its sample answer) and `Access denied` rows. The page reads preset 347, which the default
 * store holds (specs/shared/entities.ts).
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
  method: 'crm.requisite.preset.get',
  scope: 'crm',
  summary: { ru: 'Получить шаблон реквизитов по Id', en: 'Get a requisite preset by ID' },
  description: {
    ru: 'Метод `crm.requisite.preset.get` возвращает шаблон реквизитов по идентификатору.',
    en: 'The `crm.requisite.preset.get` method returns a requisite preset by its ID.',
  },
  access: createPresetAccess('read', 'чтения', 'read'),
  params: [presetIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля шаблона (`crm.requisite.preset.fields`): идентификаторы строками, пустые поля как null',
      en: 'The preset fields (`crm.requisite.preset.fields`): ids as strings, empty fields as null',
    },
  },
  errors: [
    invalidIdRow,
    createPresetNotFoundRow(347),
    createAccessDeniedRow('У пользователя нет права на чтение шаблона', 'The user may not read the preset'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getPreset347',
      title: { ru: 'Получить шаблон с `id = 347`', en: 'Get the preset with `id = 347`' },
      params: { id: 347 },
      result: {
        ID: '347',
        ENTITY_TYPE_ID: '8',
        COUNTRY_ID: '1',
        DATE_CREATE: '2024-05-24T15:45:44+02:00',
        DATE_MODIFY: null,
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: null,
        NAME: 'Smith LLC',
        XML_ID: 'EXAMPLE_COMPANY__VALUE_1',
        ACTIVE: 'Y',
        SORT: '520',
      },
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.get'),
  operation: { kind: 'get', entity: 'preset', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...explainPresetRows(),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: 'the server checks `id` before it looks the preset up, as the requisite pages list; this page leaves the row out',
  },
]
