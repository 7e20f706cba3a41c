/**
 * crm.activity.binding.add. Sources: the official pages
 * api-reference/crm/timeline/activities/binding/crm-activity-binding-add.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the result and
 * the error table, NOT_FOUND with the text of the pages' sample error answer. Example-backed (specs/shared/activity-binding-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import {
  bindingActivityParam,
  bindingChangedResult,
  bindingEditAccess,
  createObjectParams,
  listBindingSiblings,
} from './shared/activity-binding-method.js'
import { createTodoRows, keepOwnerPermission, keepTodoRows } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['activityId', 'entityTypeId', 'entityId']

export default defineMethod({
  method: 'crm.activity.binding.add',
  scope: 'crm',
  summary: { ru: 'Привязать дело к объекту CRM', en: 'Bind an activity to a CRM object' },
  description: {
    ru: 'Метод `crm.activity.binding.add` добавляет делу привязку к еще одному объекту CRM.',
    en: 'The `crm.activity.binding.add` method binds an activity to one more CRM object.',
  },
  access: bindingEditAccess,
  params: [bindingActivityParam, ...createObjectParams('', 'для привязки', 'to bind to')],
  result: bindingChangedResult('`true`, если привязка добавлена', '`true` once the binding is added'),
  errors: createTodoRows(required, 'Element not found'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'bindActivity999ToDeal1',
      title: { ru: 'Привязать дело 999 к сделке 1', en: 'Bind activity 999 to deal 1' },
      params: { activityId: 999, entityTypeId: 2, entityId: 1 },
      result: true,
    },
  ],
  related: listBindingSiblings('crm.activity.binding.add'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'ACTIVITY_IS_ALREADY_BOUND']),
  keepOwnerPermission('update'),
]
