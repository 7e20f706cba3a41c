/**
 * crm.activity.type.add. Sources: the official pages
 * api-reference/crm/timeline/activities/types/crm-activity-type-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (TYPE_ID,
 * NAME, ICON_FILE, IS_CONFIGURABLE_TYPE), `true` as result and the error table. Example-backed
 * (specs/shared/activity-type-method.ts says why); the page's cURL names the icon file with a shell
 * `@` path, which the example sends as it is.
 */
import { defineMethod } from '@b24kit/spec'
import { activityTypeAccess, activityTypeRows, keepActivityTypeRows, typeIdDescription } from './shared/activity-type-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.type.add',
  scope: 'crm',
  summary: { ru: 'Добавить тип дела', en: 'Add an activity type' },
  description: {
    ru: 'Метод `crm.activity.type.add` регистрирует тип дела приложения: код, название и значок.',
    en: "The `crm.activity.type.add` method registers an application's activity type: its code, name and icon.",
  },
  access: activityTypeAccess,
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      properties: [
        { name: 'TYPE_ID', type: 'string', required: true, description: typeIdDescription },
        {
          name: 'NAME',
          type: 'string',
          description: { ru: 'Название типа; по умолчанию пустое.', en: 'The name of the type; empty by default.' },
        },
        { name: 'ICON_FILE', type: 'string', description: { ru: 'Файл значка типа.', en: 'The icon file of the type.' } },
        {
          name: 'IS_CONFIGURABLE_TYPE',
          type: 'string',
          enum: [{ value: 'Y' }, { value: 'N' }],
          description: {
            ru: '`Y`: тип для настраиваемых дел (`crm.activity.configurable.*`); по умолчанию `N`.',
            en: '`Y`: the type is for configurable activities (`crm.activity.configurable.*`); `N` by default.',
          },
        },
      ],
      description: { ru: 'Поля нового типа дела.', en: 'The fields of the new activity type.' },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если тип добавлен', en: '`true` once the type is added' } },
  errors: activityTypeRows,
  errorExample: 'adminRequired',
  examples: [
    {
      id: 'add1cType',
      title: { ru: 'Добавить тип дела `1C`', en: 'Add the `1C` activity type' },
      params: { fields: { TYPE_ID: '1C', NAME: 'Case 1C', ICON_FILE: '@type-icon', IS_CONFIGURABLE_TYPE: 'N' } },
      result: true,
    },
  ],
  related: ['crm.activity.type.list', 'crm.activity.type.delete'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepActivityTypeRows(['ACCESS_DENIED', 'INVALID_ARG_VALUE'])
