/**
 * crm.requisite.preset.field.fields. Sources: the official pages
 * api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type and flags. Example-backed: the answer is built from specs/shared/preset-method.ts's field list,
 * titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { listPresetFieldSiblings, presetFieldFields } from './shared/preset-method.js'
import { anyUserFieldsParts } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.field.fields',
  scope: 'crm',
  summary: { ru: 'Получить описание полей настройки шаблона', en: 'Get the fields of a preset field' },
  description: {
    ru: 'Метод `crm.requisite.preset.field.fields` возвращает описание полей, которыми задается поле шаблона реквизитов.',
    en: 'The `crm.requisite.preset.field.fields` method returns the description of the fields that set up a requisite preset field.',
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getPresetFieldFields',
      title: { ru: 'Получить описание полей', en: 'Get the field descriptions' },
      params: {},
      result: describeFields(presetFieldFields),
    },
  ],
  related: listPresetFieldSiblings('crm.requisite.preset.field.fields'),
  operation: { kind: 'example', entity: 'preset' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
