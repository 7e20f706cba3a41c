/**
 * crm.timeline.item.unpin. Sources: the official pages
 * api-reference/crm/timeline/actions/crm-timeline-item-unpin.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `ownerTypeId`, `ownerId`,
 * `null` as result and the `NOT_FOUND` sample error (specs/shared/timeline-item.ts). Example-backed,
 * as crm.timeline.item.pin is.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listPinDifferences, pinExampleParams, timelineItemPinParts } from './shared/timeline-item.js'

export default defineMethod({
  method: 'crm.timeline.item.unpin',
  ...timelineItemPinParts,
  summary: { ru: 'Открепить запись в таймлайне', en: 'Unpin a timeline item' },
  description: {
    ru: 'Метод `crm.timeline.item.unpin` снимает закрепление записи в таймлайне элемента CRM.',
    en: "The `crm.timeline.item.unpin` method unpins an item in a CRM item's timeline.",
  },
  examples: [
    {
      id: 'unpinComment999',
      title: { ru: 'Открепить комментарий 999 сделки 10', en: "Unpin deal 10's comment 999" },
      params: pinExampleParams,
      result: null,
    },
  ],
  related: ['crm.timeline.item.pin'],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = listPinDifferences(['100', 'ACCESS_DENIED', 'OWNER_NOT_FOUND', 'CAN_NOT_CHANGE_PINNED'])
