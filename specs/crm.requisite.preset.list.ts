/**
 * crm.requisite.preset.list. Sources: the official pages
 * api-reference/crm/requisites/presets/crm-requisite-preset-list.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `select`, `filter`, `order`,
 * `start` and pages of 50, the `Access denied.` row (code `0`, its sample answer). The page asks for
 * country 1's presets: 1 to 4 in its answer; the default store also holds preset 347 of country 1 (the
 * get page's), so it closes the list here.
 */
import { defineMethod } from '@b24kit/spec'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createPresetAccess, listPresetSiblings } from './shared/preset-method.js'
import { requisiteListParams } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.preset.list',
  scope: 'crm',
  summary: { ru: 'Получить список шаблонов реквизитов', en: 'List requisite presets' },
  description: {
    ru: 'Метод `crm.requisite.preset.list` возвращает шаблоны реквизитов по фильтру, по 50 на страницу.',
    en: 'The `crm.requisite.preset.list` method returns the requisite presets matching a filter, 50 per page.',
  },
  access: createPresetAccess('read', 'чтения', 'read'),
  params: requisiteListParams,
  result: {
    type: 'array',
    description: {
      ru: 'Шаблоны страницы (не более 50); поля как у `crm.requisite.preset.get`',
      en: 'The presets of the page (at most 50), fields as `crm.requisite.preset.get` prints them',
    },
  },
  errors: [
    {
      id: 'accessDenied',
      code: '0',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права на чтение шаблонов', en: 'The user may not read presets' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listCountry1Presets',
      title: { ru: 'Шаблоны страны 1 по возрастанию id', en: "Country 1's presets by ID" },
      params: { order: { ID: 'ASC' }, filter: { COUNTRY_ID: '1' }, select: ['ID', 'NAME'] },
      result: [
        { ID: '1', NAME: 'Organization' },
        { ID: '2', NAME: 'Sole Proprietorship' },
        { ID: '3', NAME: 'Individual' },
        { ID: '4', NAME: 'Organization (additional)' },
        { ID: '347', NAME: 'Smith LLC' },
      ],
    },
  ],
  related: listPresetSiblings('crm.requisite.preset.list'),
  operation: { kind: 'list', entity: 'preset', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepTextsFromCodeColumn({ accessDenied: 'Access denied' })
