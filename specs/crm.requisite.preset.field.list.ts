/**
 * crm.requisite.preset.field.list. Sources: the official pages
 * api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-list.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `preset`, the preset's fields as
 * result, the preset not-found (its sample answer) and `Access denied` rows. Example-backed
 * (specs/shared/preset-method.ts): the page lists preset 27's fields; another preset answers its
 * not-found row.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createPresetAccess, createPresetRefNotFoundRow, listPresetFieldSiblings, presetRefParam } from './shared/preset-method.js'

/** One row of the page's answer: id, field name, short-list flag and sort, titles left empty. */
const row = (ID: number, FIELD_NAME: string, IN_SHORT_LIST: 'Y' | 'N') => ({
  ID,
  FIELD_NAME,
  FIELD_TITLE: '',
  IN_SHORT_LIST,
  SORT: 500 + ID * 10,
})

export default defineMethod({
  method: 'crm.requisite.preset.field.list',
  scope: 'crm',
  summary: { ru: 'Получить поля шаблона реквизитов', en: 'List the fields of a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.list` возвращает все поля шаблона реквизитов.',
    en: 'The `crm.requisite.preset.field.list` method returns every field of a requisite preset.',
  },
  access: createPresetAccess('read', 'чтения', 'read'),
  params: [presetRefParam],
  result: {
    type: 'array',
    description: {
      ru: 'Поля шаблона, как их возвращает `crm.requisite.preset.field.get`',
      en: 'The preset fields, as `crm.requisite.preset.field.get` returns each',
    },
  },
  errors: [
    createPresetRefNotFoundRow(27),
    createAccessDeniedRow('У пользователя нет права на чтение шаблона', 'The user may not read the preset'),
  ],
  errorExample: 'presetNotFound',
  examples: [
    {
      id: 'listFieldsOfPreset27',
      title: { ru: 'Поля шаблона 27', en: 'The fields of preset 27' },
      params: { preset: { ID: 27 } },
      result: [
        row(1, 'RQ_INN', 'Y'),
        row(2, 'RQ_COMPANY_NAME', 'Y'),
        row(3, 'RQ_COMPANY_FULL_NAME', 'N'),
        row(4, 'RQ_OGRN', 'N'),
        row(5, 'RQ_KPP', 'Y'),
        row(6, 'RQ_COMPANY_REG_DATE', 'N'),
        row(7, 'RQ_OKPO', 'N'),
        row(8, 'RQ_OKTMO', 'N'),
        row(9, 'RQ_DIRECTOR', 'N'),
        row(10, 'RQ_ACCOUNTANT', 'N'),
        row(11, 'RQ_ADDR', 'N'),
        row(12, 'RQ_SIGNATURE', 'N'),
        row(13, 'RQ_STAMP', 'N'),
        row(14, 'UF_CRM_1703689889', 'Y'),
        row(15, 'UF_CRM_1703690003', 'Y'),
      ],
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.list'),
  operation: { kind: 'example', entity: 'preset', noMatch: 'presetNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({
  presetNotFound: "The Preset with ID '27' is not found",
  accessDenied: 'Access denied',
})
