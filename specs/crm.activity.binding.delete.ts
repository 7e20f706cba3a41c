/**
 * crm.activity.binding.delete. Sources: the official pages
 * api-reference/crm/timeline/activities/binding/crm-activity-binding-delete.md in bitrix24/b24restdocs (English)
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
  method: 'crm.activity.binding.delete',
  scope: 'crm',
  summary: { ru: 'Отвязать дело от объекта CRM', en: 'Unbind an activity from a CRM object' },
  description: {
    ru: 'Метод `crm.activity.binding.delete` удаляет привязку дела к объекту CRM; последнюю привязку удалить нельзя.',
    en: 'The `crm.activity.binding.delete` method removes a binding of an activity to a CRM object; the last binding cannot be removed.',
  },
  access: bindingEditAccess,
  params: [bindingActivityParam, ...createObjectParams('', 'для отвязки', 'to unbind from')],
  result: bindingChangedResult('`true`, если привязка удалена', '`true` once the binding is removed'),
  errors: createTodoRows(required, 'Element not found'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'unbindActivity999FromDeal1',
      title: { ru: 'Отвязать дело 999 от сделки 1', en: 'Unbind activity 999 from deal 1' },
      params: { activityId: 999, entityTypeId: 2, entityId: 1 },
      result: true,
    },
  ],
  related: listBindingSiblings('crm.activity.binding.delete'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'BINDING_NOT_FOUND', 'LAST_BINDING_CANNOT_BE_DELETED']),
  keepOwnerPermission('update'),
]
