/**
 * crm.activity.badge.get. Sources: the official pages
 * api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the
 * result and the error table, NOT_FOUND with the text of the page's sample error answer.
 * Example-backed (specs/shared/activity-badge-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { badgeCodeParam, badgeReadAccess, badgeResult, listBadgeSiblings, missedCallBadge } from './shared/activity-badge-method.js'
import { createTodoRows } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.badge.get',
  scope: 'crm',
  summary: { ru: 'Получить бейдж', en: 'Get a badge' },
  description: {
    ru: 'Метод `crm.activity.badge.get` возвращает бейдж по коду.',
    en: 'The `crm.activity.badge.get` method returns a badge by its code.',
  },
  access: badgeReadAccess,
  params: [badgeCodeParam],
  result: badgeResult,
  errors: createTodoRows([]),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'getMissedCallBadge',
      title: { ru: 'Получить бейдж `missedCall`', en: 'Get the `missedCall` badge' },
      params: { code: 'missedCall' },
      result: { badge: missedCallBadge },
    },
  ],
  related: listBadgeSiblings('crm.activity.badge.get'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
