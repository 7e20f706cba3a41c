/**
 * crm.activity.layout.blocks.delete. Sources: the official pages
 * api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, `{ success: true }` as result and the error table. Example-backed
 * (specs/shared/activity-layout-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { createWrongContextRow, keepLayoutRows, layoutParams } from './shared/activity-layout-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.layout.blocks.delete',
  scope: 'crm',
  summary: { ru: 'Удалить дополнительные блоки дела', en: "Delete an activity's extra blocks" },
  description: {
    ru: 'Метод `crm.activity.layout.blocks.delete` удаляет блоки, которые приложение добавило в дело.',
    en: 'The `crm.activity.layout.blocks.delete` method removes the blocks the application added to an activity.',
  },
  access: {
    description: {
      ru: 'пользователь с правом на изменение объекта CRM, к которому привязано дело, из приложения',
      en: 'a user allowed to change the CRM object the activity belongs to, from an application',
    },
  },
  params: layoutParams,
  result: {
    type: 'object',
    properties: [
      { name: 'success', type: 'boolean', description: { ru: '`true`, если блоки удалены', en: '`true` once the blocks are deleted' } },
    ],
    description: { ru: '`{ success: true }`, если блоки удалены', en: '`{ success: true }` once the blocks are deleted' },
  },
  errors: [createWrongContextRow('The method can only be called in the context of a REST application')],
  errorExample: 'wrongContext',
  examples: [
    {
      id: 'deleteBlocksOfActivity8',
      title: { ru: 'Удалить блоки дела 8 сделки 4', en: 'Delete the blocks of activity 8 of deal 4' },
      params: { entityTypeId: 2, entityId: 4, activityId: 8 },
      result: { success: true },
    },
  ],
  related: ['crm.activity.layout.blocks.get'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepLayoutRows('update')
