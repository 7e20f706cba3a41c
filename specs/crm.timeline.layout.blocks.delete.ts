/**
 * crm.timeline.layout.blocks.delete. Sources: the official pages
 * api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * the three parameters, `{ success: true }` as result and the `ERROR_WRONG_CONTEXT` sample error.
 * Example-backed (specs/shared/timeline-layout-blocks.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepLayoutDifferences, layoutBlocksExampleParams, layoutBlocksParams, wrongContextRow } from './shared/timeline-layout-blocks.js'

export default defineMethod({
  method: 'crm.timeline.layout.blocks.delete',
  scope: 'crm',
  summary: { ru: 'Удалить блоки приложения из записи таймлайна', en: "Delete an application's blocks from a timeline record" },
  description: {
    ru: 'Метод `crm.timeline.layout.blocks.delete` удаляет дополнительные блоки содержимого, которые вызывающее приложение добавило в запись таймлайна.',
    en: 'The `crm.timeline.layout.blocks.delete` method deletes the extra content blocks the calling application set on a timeline record.',
  },
  access: { description: { ru: 'пользователь с правом на изменение элемента CRM', en: 'a user allowed to edit the CRM item' } },
  params: [...layoutBlocksParams],
  result: {
    type: 'object',
    description: { ru: '`{ success: true }`, если блоки удалены', en: '`{ success: true }` once the blocks are deleted' },
    properties: [{ name: 'success', type: 'boolean', required: true, description: { ru: 'Всегда `true`', en: 'Always `true`' } }],
  },
  errors: [wrongContextRow],
  errorExample: 'wrongContext',
  examples: [
    {
      id: 'deleteBlocksOfRecord8',
      title: { ru: 'Удалить блоки записи 8 сделки 4', en: "Delete the blocks of deal 4's record 8" },
      params: layoutBlocksExampleParams,
      result: { success: true },
    },
  ],
  related: ['crm.timeline.layout.blocks.get'],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepLayoutDifferences('update')
