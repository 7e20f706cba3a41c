/**
 * crm.activity.delete. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result
 * and the error table. The page's example deletes activity 999, which the default store holds
 * (specs/shared/activity-fields.ts); a second call finds none.
 */
import { defineMethod } from '@b24kit/spec'
import { activityIdParam, activityNotFoundRow, keepInvalidIdRow, keepRecordRows } from './shared/activity-method.js'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.delete',
  scope: 'crm',
  summary: { ru: 'Удалить дело', en: 'Delete an activity' },
  description: {
    ru: 'Метод `crm.activity.delete` удаляет дело по идентификатору.',
    en: 'The `crm.activity.delete` method deletes an activity by its ID.',
  },
  access: {
    entity: 'activity',
    permission: 'delete',
    description: { ru: 'пользователь с правом на удаление дела', en: 'a user allowed to delete the activity' },
    deniedError: 'accessDenied',
  },
  params: [activityIdParam],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если дело удалено', en: '`true` once the activity is deleted' } },
  errors: [
    invalidIdRow,
    activityNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на удаление дела', 'The user may not delete the activity'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteActivity999',
      title: { ru: 'Удалить дело с `id = 999`', en: 'Delete the activity with `id = 999`' },
      params: { id: 999 },
      result: true,
    },
  ],
  related: [
    'crm.activity.add',
    'crm.activity.update',
    'crm.activity.get',
    'crm.activity.list',
    'crm.activity.communication.fields',
    'crm.activity.fields',
  ],
  operation: { kind: 'delete', entity: 'activity', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepInvalidIdRow, ...keepRecordRows]
