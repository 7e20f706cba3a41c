/**
 * crm.activity.badge.list. Sources: the official pages
 * api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the
 * result and the error table, NOT_FOUND with the text of the page's sample error answer.
 * Example-backed (specs/shared/activity-badge-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { badgeProperties, badgeReadAccess, listBadgeSiblings, missedCallBadge } from './shared/activity-badge-method.js'
import { createTodoRows } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.badge.list',
  scope: 'crm',
  summary: { ru: 'Получить список бейджей', en: 'List the badges' },
  description: {
    ru: 'Метод `crm.activity.badge.list` возвращает все бейджи.',
    en: 'The `crm.activity.badge.list` method returns every badge.',
  },
  access: badgeReadAccess,
  params: [],
  result: {
    type: 'object',
    properties: [
      {
        name: 'badges',
        type: 'array',
        items: { type: 'object', properties: [...badgeProperties] },
        description: { ru: 'Бейджи', en: 'The badges' },
      },
    ],
    description: { ru: 'Бейджи в `badges`', en: 'The badges in `badges`' },
  },
  errors: createTodoRows([]).filter((row) => row.id === 'accessDenied'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listBadges',
      title: { ru: 'Получить все бейджи', en: 'List every badge' },
      params: {},
      result: { badges: [missedCallBadge] },
    },
  ],
  related: listBadgeSiblings('crm.activity.badge.list'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'result.type',
    docs: 'array',
    reason: 'the page types the result an array; its sample answer is an object holding the array in `badges`, as the spec types it',
  },
]
