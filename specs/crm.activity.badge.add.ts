/**
 * crm.activity.badge.add. Sources: the official pages
 * api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the
 * result and the error table, NOT_FOUND with the text of the page's sample error answer.
 * Example-backed (specs/shared/activity-badge-method.ts says why). The page also lets `title` and `value` be an object of texts by language code; the spec types them as strings.
 */
import { defineMethod } from '@b24kit/spec'
import { badgeAdminAccess, badgeCodeParam, badgeResult, listBadgeSiblings, missedCallBadge } from './shared/activity-badge-method.js'
import { createTodoRows, keepUnknownCodes } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.badge.add',
  scope: 'crm',
  summary: { ru: 'Добавить бейдж', en: 'Add a badge' },
  description: {
    ru: 'Метод `crm.activity.badge.add` добавляет бейдж, который показывают настраиваемые дела.',
    en: 'The `crm.activity.badge.add` method adds a badge for configurable activities to show.',
  },
  access: badgeAdminAccess,
  params: [
    badgeCodeParam,
    {
      name: 'title',
      type: 'string',
      required: true,
      description: { ru: 'Заголовок бейджа.', en: 'The badge title.' },
    },
    {
      name: 'value',
      type: 'string',
      required: true,
      description: { ru: 'Значение бейджа.', en: 'The badge value.' },
    },
    {
      name: 'type',
      type: 'string',
      required: true,
      enum: [{ value: 'success' }, { value: 'failure' }, { value: 'warning' }, { value: 'primary' }, { value: 'secondary' }],
      description: {
        ru: 'Тип бейджа, он задает цвет: `success` зеленый, `failure` красный, `warning` желтый, `primary` синий, `secondary` серый.',
        en: 'The badge type, which sets its colour: `success` green, `failure` red, `warning` yellow, `primary` blue, `secondary` grey.',
      },
    },
  ],
  result: badgeResult,
  errors: createTodoRows([]).filter((row) => row.id === 'accessDenied'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addMissedCallBadge',
      title: { ru: 'Добавить бейдж пропущенного звонка', en: 'Add a missed-call badge' },
      params: { ...missedCallBadge },
      result: { badge: missedCallBadge },
    },
  ],
  related: listBadgeSiblings('crm.activity.badge.add'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepUnknownCodes(['REQUIRED_ARG_MISSING'])
