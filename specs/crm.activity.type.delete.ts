/**
 * crm.activity.type.delete. Sources: the official pages
 * api-reference/crm/timeline/activities/types/crm-activity-type-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `TYPE_ID`, `true` as
 * result and the error table. Example-backed (specs/shared/activity-type-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { activityTypeAccess, activityTypeRows, keepActivityTypeRows, typeIdDescription } from './shared/activity-type-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.type.delete',
  scope: 'crm',
  summary: { ru: 'Удалить тип дела', en: 'Delete an activity type' },
  description: {
    ru: 'Метод `crm.activity.type.delete` удаляет тип дела, зарегистрированный приложением.',
    en: 'The `crm.activity.type.delete` method deletes an activity type the application registered.',
  },
  access: activityTypeAccess,
  params: [{ name: 'TYPE_ID', type: 'string', required: true, description: typeIdDescription }],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если тип удален', en: '`true` once the type is deleted' } },
  errors: activityTypeRows,
  errorExample: 'adminRequired',
  examples: [
    {
      id: 'delete1cType',
      title: { ru: 'Удалить тип дела `1C`', en: 'Delete the `1C` activity type' },
      params: { TYPE_ID: '1C' },
      result: true,
    },
  ],
  related: ['crm.activity.type.list', 'crm.activity.type.add'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepActivityTypeRows(['ACCESS_DENIED', 'INVALID_ARG_VALUE'])
