/**
 * crm.timeline.item.pin. Sources: the official pages
 * api-reference/crm/timeline/actions/crm-timeline-item-pin.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `ownerTypeId`, `ownerId`,
 * `null` as result and the `NOT_FOUND` sample error (specs/shared/timeline-item.ts). Example-backed:
 * no entity holds the pinned state of timeline records yet; the mock answers the page's example
 * (comment 999 of deal 10) and `Not found.` for any other item.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listPinDifferences, pinExampleParams, timelineItemPinParts } from './shared/timeline-item.js'

export default defineMethod({
  method: 'crm.timeline.item.pin',
  ...timelineItemPinParts,
  summary: { ru: 'Закрепить запись в таймлайне', en: 'Pin a timeline item' },
  description: {
    ru: 'Метод `crm.timeline.item.pin` закрепляет запись вверху таймлайна элемента CRM; закрепить можно не больше трех записей.',
    en: "The `crm.timeline.item.pin` method pins an item at the top of a CRM item's timeline; at most three items can be pinned.",
  },
  examples: [
    {
      id: 'pinComment999',
      title: { ru: 'Закрепить комментарий 999 сделки 10', en: "Pin deal 10's comment 999" },
      params: pinExampleParams,
      result: null,
    },
  ],
  related: ['crm.timeline.item.unpin'],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = listPinDifferences([
  '0',
  '100',
  'ACCESS_DENIED',
  'OWNER_NOT_FOUND',
  'CAN_NOT_CHANGE_PINNED',
])
