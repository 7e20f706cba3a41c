/**
 * crm.timeline.icon.add. Sources: the official pages
 * api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator),
 * `code`, `fileContent`, the new icon as result and the `ACCESS_DENIED` sample error.
 * Example-backed (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageAdd, iconKind, keepImageDifferences } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.icon.add',
  summary: { ru: 'Добавить иконку для записей таймлайна', en: 'Add a timeline icon' },
  description: {
    ru: 'Метод `crm.timeline.icon.add` добавляет иконку для информационных записей таймлайна.',
    en: 'The `crm.timeline.icon.add` method adds a icon that informational timeline entries can show.',
  },
  ...createImageAdd(iconKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['INVALID_ARG_VALUE', 'FILE_SAVE_ERROR', '100', '0'])
