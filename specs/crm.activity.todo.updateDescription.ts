/**
 * crm.activity.todo.updateDescription. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-update-description.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, `{ id }` as result and
 * the error table. Example-backed (specs/shared/activity-todo-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import {
  createTodoRows,
  keepOwnerPermission,
  keepTodoRows,
  listTodoSiblings,
  requireParam,
  todoAccess,
  todoIdParam,
  todoOwnerParams,
  todoResult,
} from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['id', 'ownerTypeId', 'ownerId', 'value']

export default defineMethod({
  method: 'crm.activity.todo.updateDescription',
  scope: 'crm',
  summary: { ru: 'Изменить описание универсального дела', en: 'Change the description of a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.updateDescription` меняет описание универсального дела.',
    en: 'The `crm.activity.todo.updateDescription` method changes the description of a to-do activity.',
  },
  access: todoAccess,
  params: [
    todoIdParam,
    ...todoOwnerParams,
    requireParam({
      name: 'value',
      type: 'string',
      description: { ru: 'Новое описание дела.', en: 'The new description of the activity.' },
    }),
  ],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'describeTodo999',
      title: { ru: 'Сменить описание дела 999', en: 'Change the description of to-do 999' },
      params: { id: 999, ownerTypeId: 2, ownerId: 1, value: 'New activity description' },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.updateDescription'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'CAN_NOT_UPDATE_COMPLETED_TODO']),
  keepOwnerPermission('update'),
]
