/**
 * crm.activity.todo.updateResponsibleUser. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-update-responsible-user.md in bitrix24/b24restdocs (English) and
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

const required = ['id', 'ownerTypeId', 'ownerId', 'responsibleId']

export default defineMethod({
  method: 'crm.activity.todo.updateResponsibleUser',
  scope: 'crm',
  summary: { ru: 'Сменить ответственного за универсальное дело', en: 'Change the responsible user of a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.updateResponsibleUser` назначает универсальному делу другого ответственного.',
    en: 'The `crm.activity.todo.updateResponsibleUser` method gives a to-do activity another responsible user.',
  },
  access: todoAccess,
  params: [
    todoIdParam,
    ...todoOwnerParams,
    requireParam({
      name: 'responsibleId',
      type: 'integer',
      description: { ru: 'Новый ответственный за дело пользователь.', en: 'The new user responsible for the activity.' },
    }),
  ],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'assignTodo999',
      title: { ru: 'Назначить дело 999 пользователю 5', en: 'Assign to-do 999 to user 5' },
      params: { id: 999, ownerTypeId: 2, ownerId: 1, responsibleId: 5 },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.updateResponsibleUser'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO', 'INVALID_ARG_VALUE']),
  keepOwnerPermission('update'),
]
