/**
 * crm.timeline.logo.get. Sources: the official pages
 * api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `code`, the
 * logo as result and the `NOT_FOUND` sample error. Example-backed (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageGet, keepImageDifferences, logoKind } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.logo.get',
  summary: { ru: 'Получить логотип записей таймлайна', en: 'Get a timeline logo' },
  description: {
    ru: 'Метод `crm.timeline.logo.get` возвращает логотип по коду.',
    en: 'The `crm.timeline.logo.get` method returns a logo by its code.',
  },
  ...createImageGet(logoKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['100', '0'])
