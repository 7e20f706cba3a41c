/**
 * crm.activity.todo.add. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, `{ id }` as result and
 * the error table. Example-backed (specs/shared/activity-todo-method.ts says why). The page's cURL sends the current time as `deadline` (shell substitution); the example sends the time of the page's sample answer.
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
  todoOptionalParams,
  todoOwnerParams,
  todoResult,
} from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['ownerTypeId', 'ownerId', 'deadline']

export default defineMethod({
  method: 'crm.activity.todo.add',
  scope: 'crm',
  summary: { ru: 'Добавить универсальное дело', en: 'Add a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.add` добавляет универсальное дело в ленту объекта CRM и возвращает его идентификатор.',
    en: 'The `crm.activity.todo.add` method adds a to-do activity to the timeline of a CRM object and returns its ID.',
  },
  access: todoAccess,
  params: [
    ...todoOwnerParams,
    requireParam({ name: 'deadline', type: 'string', description: todoDeadlineDescription }),
    ...todoOptionalParams,
  ],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'addTodoToDeal1',
      title: { ru: 'Добавить дело в сделку 1', en: 'Add a to-do to deal 1' },
      params: {
        ownerTypeId: 2,
        ownerId: 1,
        deadline: '2025-01-21T13:47:08+02:00',
        title: 'Activity Title',
        description: 'Activity Description',
        responsibleId: 5,
        pingOffsets: [0, 15],
        colorId: '2',
      },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.add'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'WRONG_DATETIME_FORMAT']),
  keepOwnerPermission('add'),
]
