/**
 * crm.activity.type.list. Sources: the official pages
 * api-reference/crm/timeline/activities/types/crm-activity-type-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, no parameters, the
 * calling application's types as result and the error table. Example-backed
 * (specs/shared/activity-type-method.ts says why): it answers the page's one type, `1C`.
 */
import { defineMethod } from '@b24kit/spec'
import { activityTypeAccess, activityTypeRows, keepActivityTypeRows } from './shared/activity-type-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.type.list',
  scope: 'crm',
  summary: { ru: 'Получить типы дел приложения', en: "List the application's activity types" },
  description: {
    ru: 'Метод `crm.activity.type.list` возвращает типы дел, зарегистрированные вызывающим приложением.',
    en: 'The `crm.activity.type.list` method returns the activity types the calling application registered.',
  },
  access: activityTypeAccess,
  params: [],
  result: {
    type: 'array',
    items: {
      type: 'object',
      properties: [
        { name: 'TYPE_ID', type: 'string', description: { ru: 'Код типа', en: 'The type code' } },
        { name: 'NAME', type: 'string', description: { ru: 'Название типа', en: 'The type name' } },
        {
          name: 'IS_CONFIGURABLE_TYPE',
          type: 'string',
          description: { ru: '`Y` для настраиваемых дел', en: '`Y` for configurable activities' },
        },
        { name: 'ICON_ID', type: 'string', description: { ru: 'Идентификатор файла значка', en: 'The icon file ID' } },
      ],
    },
    description: { ru: 'Типы дел приложения', en: "The application's activity types" },
  },
  errors: activityTypeRows,
  errorExample: 'adminRequired',
  examples: [
    {
      id: 'listTypes',
      title: { ru: 'Получить типы дел приложения', en: "List the application's activity types" },
      params: {},
      result: [{ TYPE_ID: '1C', NAME: '1C case', IS_CONFIGURABLE_TYPE: 'Y', ICON_ID: '0' }],
    },
  ],
  related: ['crm.activity.type.add', 'crm.activity.type.delete'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepActivityTypeRows(['ACCESS_DENIED'])
