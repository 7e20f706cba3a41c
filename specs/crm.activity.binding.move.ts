/**
 * crm.activity.binding.move. Sources: the official pages
 * api-reference/crm/timeline/activities/binding/crm-activity-binding-move.md in bitrix24/b24restdocs (English)
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

const required = ['activityId', 'sourceEntityTypeId', 'sourceEntityId', 'targetEntityTypeId', 'targetEntityId']

export default defineMethod({
  method: 'crm.activity.binding.move',
  scope: 'crm',
  summary: { ru: 'Перенести привязку дела', en: 'Move a binding of an activity' },
  description: {
    ru: 'Метод `crm.activity.binding.move` переносит привязку дела с одного объекта CRM на другой того же типа.',
    en: 'The `crm.activity.binding.move` method moves a binding of an activity from one CRM object to another of the same type.',
  },
  access: bindingEditAccess,
  params: [
    bindingActivityParam,
    ...createObjectParams('source', 'текущей привязки', 'of the current binding'),
    ...createObjectParams('target', 'новой привязки', 'of the new binding'),
  ],
  result: bindingChangedResult('`true`, если привязка перенесена', '`true` once the binding is moved'),
  errors: createTodoRows(required, 'Element not found'),
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'moveActivity999ToDeal100',
      title: { ru: 'Перенести дело 999 из сделки 1 в сделку 100', en: 'Move activity 999 from deal 1 to deal 100' },
      params: { activityId: 999, sourceEntityTypeId: 2, sourceEntityId: 1, targetEntityTypeId: 2, targetEntityId: 100 },
      result: true,
    },
  ],
  related: listBindingSiblings('crm.activity.binding.move'),
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepTodoRows(required, [
    'OWNER_NOT_FOUND',
    'SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR',
    'SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR',
    'ACTIVITY_IS_ALREADY_BOUND',
    'BINDING_NOT_FOUND',
  ]),
  keepOwnerPermission('update'),
]
