/**
 * crm.activity.binding.list. Sources: the official pages
 * api-reference/crm/timeline/activities/binding/crm-activity-binding-list.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the parameters, the result and
 * the error table, NOT_FOUND with the text of the pages' sample error answer. Example-backed (specs/shared/activity-binding-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { bindingActivityParam, listBindingSiblings } from './shared/activity-binding-method.js'
import { createTodoRows, keepOwnerPermission, keepTodoRows } from './shared/activity-todo-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

const required = ['activityId']

export default defineMethod({
  method: 'crm.activity.binding.list',
  scope: 'crm',
  summary: { ru: 'Получить привязки дела', en: 'List the bindings of an activity' },
  description: {
    ru: 'Метод `crm.activity.binding.list` возвращает объекты CRM, к которым привязано дело.',
    en: 'The `crm.activity.binding.list` method returns the CRM objects an activity is bound to.',
  },
  access: { description: { ru: 'пользователь с правом на чтение объектов CRM', en: 'a user allowed to read the CRM objects' } },
  params: [bindingActivityParam],
  result: {
    type: 'array',
    items: {
      type: 'object',
      properties: [
        { name: 'entityTypeId', type: 'integer', description: { ru: 'Тип объекта CRM', en: 'The CRM object type' } },
        { name: 'entityId', type: 'integer', description: { ru: 'Идентификатор объекта CRM', en: 'The CRM object ID' } },
      ],
    },
    description: { ru: 'Привязки дела: тип и идентификатор каждого объекта', en: "The activity's bindings: each object's type and ID" },
  },
  errors: createTodoRows(required, 'Element not found').filter((row) => row.id !== 'notFound'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listBindingsOfActivity999',
      title: { ru: 'Получить привязки дела 999', en: 'List the bindings of activity 999' },
      params: { activityId: 999 },
      result: [
        { entityTypeId: 1, entityId: 123 },
        { entityTypeId: 2, entityId: 456 },
        { entityTypeId: 3, entityId: 789 },
      ],
    },
  ],
  related: listBindingSiblings('crm.activity.binding.list'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepTodoRows(required, []), keepOwnerPermission('read')]
