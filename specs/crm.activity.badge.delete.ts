/**
 * crm.activity.badge.delete. Sources: the official pages
 * api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the
 * result and the error table, NOT_FOUND with the text of the page's sample error answer.
 * Example-backed (specs/shared/activity-badge-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { badgeAdminAccess, badgeCodeParam, listBadgeSiblings } from './shared/activity-badge-method.js'
import { createTodoRows } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.badge.delete',
  scope: 'crm',
  summary: { ru: 'Удалить бейдж', en: 'Delete a badge' },
  description: {
    ru: 'Метод `crm.activity.badge.delete` удаляет бейдж по коду.',
    en: 'The `crm.activity.badge.delete` method deletes a badge by its code.',
  },
  access: badgeAdminAccess,
  params: [badgeCodeParam],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если бейдж удален', en: '`true` once the badge is deleted' } },
  errors: createTodoRows([]),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'deleteMissedCallBadge',
      title: { ru: 'Удалить бейдж `missedCall`', en: 'Delete the `missedCall` badge' },
      params: { code: 'missedCall' },
      result: true,
    },
  ],
  related: listBadgeSiblings('crm.activity.badge.delete'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
