/**
 * crm.activity.todo.update. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-update.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, `{ id }` as result and
 * the error table. Example-backed (specs/shared/activity-todo-method.ts says why). The page's cURL leaves `deadline` as a placeholder; the example sends the time of the page's sample answer.
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
  todoOptionalParams,
  todoOwnerParams,
  todoResult,
} from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['id', 'ownerTypeId', 'ownerId', 'deadline']

export default defineMethod({
  method: 'crm.activity.todo.update',
  scope: 'crm',
  summary: { ru: 'Изменить универсальное дело', en: 'Update a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.update` меняет универсальное дело: срок, заголовок, описание, ответственного, напоминания и цвет.',
    en: 'The `crm.activity.todo.update` method changes a to-do activity: its deadline, title, description, responsible user, reminders and colour.',
  },
  access: todoAccess,
  params: [
    todoIdParam,
    ...todoOwnerParams,
    requireParam({ name: 'deadline', type: 'string', description: todoDeadlineDescription }),
    ...todoOptionalParams,
  ],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateTodo999',
      title: { ru: 'Изменить дело 999 в сделке 1', en: 'Change to-do 999 of deal 1' },
      params: {
        id: 999,
        ownerTypeId: 2,
        ownerId: 1,
        deadline: '2025-01-21T13:47:08+02:00',
        title: 'New case title',
        description: 'New case description',
        responsibleId: 1,
        pingOffsets: [15, 30],
        colorId: '7',
      },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.update'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, [
    'OWNER_NOT_FOUND',
    'WRONG_DATETIME_FORMAT',
    'CAN_NOT_UPDATE_COMPLETED_TODO',
    'ERROR_PARENT_ACTIVITY_RESTRICT',
  ]),
  keepOwnerPermission('update'),
]
