/**
 * crm.activity.todo.updateDeadline. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-update-deadline.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, `{ id }` as result and
 * the error table. Example-backed (specs/shared/activity-todo-method.ts says why). The page's cURL sends the current time as `value` (shell substitution); the example sends the time of the page's sample answer.
 */
import { defineMethod } from '@b24kit/spec'
import {
  createTodoRows,
  keepOwnerPermission,
  keepTodoRows,
  listTodoSiblings,
  requireParam,
  todoAccess,
  todoDeadlineDescription,
  todoIdParam,
  todoOwnerParams,
  todoResult,
} from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['id', 'ownerTypeId', 'ownerId', 'value']

export default defineMethod({
  method: 'crm.activity.todo.updateDeadline',
  scope: 'crm',
  summary: { ru: 'Изменить срок универсального дела', en: 'Change the deadline of a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.updateDeadline` переносит крайний срок универсального дела.',
    en: 'The `crm.activity.todo.updateDeadline` method moves the deadline of a to-do activity.',
  },
  access: todoAccess,
  params: [todoIdParam, ...todoOwnerParams, requireParam({ name: 'value', type: 'string', description: todoDeadlineDescription })],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'moveTodo999',
      title: { ru: 'Перенести срок дела 999', en: 'Move the deadline of to-do 999' },
      params: { id: 999, ownerTypeId: 2, ownerId: 1, value: '2025-01-21T13:47:08+02:00' },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.updateDeadline'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'WRONG_DATETIME_FORMAT', 'CAN_NOT_UPDATE_COMPLETED_TODO']),
  keepOwnerPermission('update'),
]
