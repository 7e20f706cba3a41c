/**
 * crm.timeline.layout.blocks.get. Sources: the official pages
 * api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the three parameters, the application's blocks as result (`layout.blocks`, block name -> type and
 * properties) and the `ERROR_WRONG_CONTEXT` sample error. Example-backed
 * (specs/shared/timeline-layout-blocks.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepLayoutDifferences, layoutBlocksExampleParams, layoutBlocksParams, wrongContextRow } from './shared/timeline-layout-blocks.js'

export default defineMethod({
  method: 'crm.timeline.layout.blocks.get',
  scope: 'crm',
  summary: { ru: 'Получить блоки приложения в записи таймлайна', en: "Get an application's blocks of a timeline record" },
  description: {
    ru: 'Метод `crm.timeline.layout.blocks.get` возвращает дополнительные блоки содержимого, которые вызывающее приложение добавило в запись таймлайна.',
    en: 'The `crm.timeline.layout.blocks.get` method returns the extra content blocks the calling application set on a timeline record.',
  },
  access: { description: { ru: 'пользователь с правом на чтение элемента CRM', en: 'a user allowed to read the CRM item' } },
  params: [...layoutBlocksParams],
  result: {
    type: 'object',
    description: {
      ru: '`layout.blocks`: имя блока -> `{type, properties}`',
      en: '`layout.blocks`: block name -> `{type, properties}`',
    },
  },
  errors: [wrongContextRow],
  errorExample: 'wrongContext',
  examples: [
    {
      id: 'getBlocksOfRecord8',
      title: { ru: 'Блоки записи 8 сделки 4', en: "The blocks of deal 4's record 8" },
      params: layoutBlocksExampleParams,
      result: {
        layout: {
          blocks: {
            block_1: { type: 'text', properties: { multiline: true, bold: true, color: 'base_90' } },
            block_2: { type: 'largeText', properties: {} },
            block_3: {
              type: 'link',
              properties: { text: 'Open Deal', bold: true, action: { type: 'redirect', uri: '/crm/deal/details/123/' } },
            },
            block_4: {
              type: 'withTitle',
              properties: { title: 'Title', block: { type: 'text', properties: { value: 'Some value' } } },
            },
          },
        },
      },
    },
  ],
  related: ['crm.timeline.layout.blocks.delete'],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepLayoutDifferences('read')
