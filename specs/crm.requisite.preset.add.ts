/**
 * crm.requisite.preset.add. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-add.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (object type, country and
 * name required), the new id as result, the `ENTITY_TYPE_ID` row (its sample answer, without a final
 * period) and `Access denied`. The page's answer id, 347, is the portal's; here it is the next id
 * after the default store's presets.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createPresetAccess, listPresetSiblings } from './shared/preset-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.add',
  scope: 'crm',
  summary: { ru: 'Добавить шаблон реквизитов', en: 'Add a requisite preset' },
  description: {
    ru: 'Метод `crm.requisite.preset.add` создает шаблон реквизитов для страны и возвращает его идентификатор.',
    en: 'The `crm.requisite.preset.add` method creates a requisite preset for a country and returns its ID.',
  },
  access: createPresetAccess('add', 'добавления', 'add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля шаблона (`crm.requisite.preset.fields`). Обязательны `ENTITY_TYPE_ID` (8, реквизит), `COUNTRY_ID` (`crm.requisite.preset.countries`) и `NAME`.',
        en: 'The preset fields (`crm.requisite.preset.fields`). `ENTITY_TYPE_ID` (8, requisite), `COUNTRY_ID` (`crm.requisite.preset.countries`) and `NAME` are required.',
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного шаблона', en: 'The ID of the new preset' },
  },
  errors: [
    {
      id: 'invalidEntityTypeId',
      code: '',
      status: 400,
      text: 'ENTITY_TYPE_ID is not defined or invalid',
      kind: 'invalidParams',
      when: { ru: '`ENTITY_TYPE_ID` не передан или не равен 8', en: '`ENTITY_TYPE_ID` is missing or not 8' },
    },
    createAccessDeniedRow('У пользователя нет права на добавление шаблона', 'The user may not add the preset'),
  ],
  errorExample: 'invalidEntityTypeId',
  examples: [
    {
      id: 'addLlcPreset',
      title: { ru: 'Добавить шаблон для ООО', en: 'Add a preset for an LLC' },
      params: { fields: { ENTITY_TYPE_ID: 8, COUNTRY_ID: 1, NAME: 'LLC', XML_ID: 'EXAMPLE_COMPANY__VALUE_1', ACTIVE: 'Y', SORT: 520 } },
      result: 348,
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.add'),
  operation: { kind: 'add', entity: 'preset', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({
  invalidEntityTypeId: 'ENTITY_TYPE_ID is not defined or invalid',
  accessDenied: 'Access denied',
})
