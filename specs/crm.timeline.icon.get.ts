/**
 * crm.timeline.icon.get. Sources: the official pages
 * api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `code`, the
 * icon as result and the `NOT_FOUND` sample error. Example-backed (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageGet, iconKind, keepImageDifferences } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.icon.get',
  summary: { ru: 'Получить иконку записей таймлайна', en: 'Get a timeline icon' },
  description: {
    ru: 'Метод `crm.timeline.icon.get` возвращает иконку по коду.',
    en: 'The `crm.timeline.icon.get` method returns a icon by its code.',
  },
  ...createImageGet(iconKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['100', '0'])
