/**
 * crm.timeline.logo.add. Sources: the official pages
 * api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator),
 * `code`, `fileContent`, the new logo as result and the `ACCESS_DENIED` sample error.
 * Example-backed (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageAdd, keepImageDifferences, logoKind } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.logo.add',
  summary: { ru: 'Добавить логотип для записей таймлайна', en: 'Add a timeline logo' },
  description: {
    ru: 'Метод `crm.timeline.logo.add` добавляет логотип для информационных записей таймлайна.',
    en: 'The `crm.timeline.logo.add` method adds a logo that informational timeline entries can show.',
  },
  ...createImageAdd(logoKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['INVALID_ARG_VALUE', 'FILE_SAVE_ERROR', '100', '0'])
