/**
 * crm.requisite.preset.fields. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-fields.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type and flags. The example's answer is built from the field list the mock serves
 * (specs/shared/preset-method.ts), titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { listPresetSiblings, presetFields } from './shared/preset-method.js'
import { anyUserFieldsParts } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля шаблона реквизитов', en: 'Get the requisite preset fields' },
  description: {
    ru: 'Метод `crm.requisite.preset.fields` возвращает описание полей шаблона реквизитов.',
    en: 'The `crm.requisite.preset.fields` method returns the description of the requisite preset fields.',
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getPresetFields',
      title: { ru: 'Получить поля шаблона', en: 'Get the preset fields' },
      params: {},
      result: describeFields(presetFields),
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.fields'),
  operation: { kind: 'fields', entity: 'preset' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
