/**
 * crm.activity.todo.updateColor. Sources: the official pages
 * api-reference/crm/timeline/activities/todo/crm-activity-todo-update-color.md in bitrix24/b24restdocs (English) and
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
  todoColorDescription,
  todoIdParam,
  todoOwnerParams,
  todoResult,
} from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['id', 'ownerTypeId', 'ownerId', 'colorId']

export default defineMethod({
  method: 'crm.activity.todo.updateColor',
  scope: 'crm',
  summary: { ru: 'Изменить цвет универсального дела', en: 'Change the colour of a to-do activity' },
  description: {
    ru: 'Метод `crm.activity.todo.updateColor` меняет цвет универсального дела в ленте.',
    en: 'The `crm.activity.todo.updateColor` method changes the colour of a to-do activity in the timeline.',
  },
  access: todoAccess,
  params: [todoIdParam, ...todoOwnerParams, requireParam({ name: 'colorId', type: 'string', description: todoColorDescription })],
  result: todoResult,
  errors: createTodoRows(required),
  errorExample: 'notFound',
  examples: [
    {
      id: 'colorTodo999',
      title: { ru: 'Сделать дело 999 цветом 3', en: 'Give to-do 999 colour 3' },
      params: { id: 999, ownerTypeId: 2, ownerId: 1, colorId: '3' },
      result: { id: 999 },
    },
  ],
  related: listTodoSiblings('crm.activity.todo.updateColor'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, ['OWNER_NOT_FOUND', 'CAN_NOT_UPDATE_COLOR_COMPLETED_TODO', 'CAN_NOT_UPDATE_WRONG_COLOR_TODO']),
  keepOwnerPermission('update'),
]
