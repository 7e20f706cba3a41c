/**
 * crm.activity.layout.blocks.get. Sources: the official pages
 * api-reference/crm/timeline/activities/layout-blocks/crm-activity-layout-blocks-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the parameters, `{ layout }` as result and the error table. Example-backed
 * (specs/shared/activity-layout-method.ts says why); the answer is the page's sample layout, its
 * first two blocks (the structure of a block is described by RestAppLayoutDto, which the model does
 * not type: the result is an object).
 */
import { defineMethod } from '@b24kit/spec'
import { createWrongContextRow, keepLayoutRows, layoutParams } from './shared/activity-layout-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.layout.blocks.get',
  scope: 'crm',
  summary: { ru: 'Получить дополнительные блоки дела', en: "Get an activity's extra blocks" },
  description: {
    ru: 'Метод `crm.activity.layout.blocks.get` возвращает блоки, которые приложение добавило в дело.',
    en: 'The `crm.activity.layout.blocks.get` method returns the blocks the application added to an activity.',
  },
  access: {
    description: {
      ru: 'пользователь с правом на чтение объекта CRM, к которому привязано дело, из приложения',
      en: 'a user allowed to read the CRM object the activity belongs to, from an application',
    },
  },
  params: layoutParams,
  result: {
    type: 'object',
    properties: [{ name: 'layout', type: 'object', description: { ru: 'Набор блоков в `blocks`', en: 'The set of blocks in `blocks`' } }],
    description: { ru: 'Блоки дела в `layout`', en: "The activity's blocks in `layout`" },
  },
  errors: [createWrongContextRow('The method can only be called in the context of a rest application')],
  errorExample: 'wrongContext',
  examples: [
    {
      id: 'getBlocksOfActivity8',
      title: { ru: 'Получить блоки дела 8 сделки 4', en: 'Get the blocks of activity 8 of deal 4' },
      params: { entityTypeId: 2, entityId: 4, activityId: 8 },
      result: {
        layout: {
          blocks: {
            block_1: { type: 'text', properties: { value: 'Hello!\nWe are starting.', multiline: true, bold: true, color: 'base_90' } },
            block_2: { type: 'largeText', properties: { value: 'Hello!\nWe are starting.\nWe are continuing.' } },
          },
        },
      },
    },
  ],
  related: ['crm.activity.layout.blocks.delete'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepLayoutRows('read')
