/**
 * crm.timeline.icon.delete. Sources: the official pages
 * api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator),
 * `code`, `true` as result and the `NOT_FOUND` sample error. Example-backed
 * (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageDelete, iconKind, keepImageDifferences } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.icon.delete',
  summary: { ru: 'Удалить иконку записей таймлайна', en: 'Delete a timeline icon' },
  description: {
    ru: 'Метод `crm.timeline.icon.delete` удаляет добавленный вариант иконки по коду.',
    en: 'The `crm.timeline.icon.delete` method deletes an added icon by its code.',
  },
  ...createImageDelete(iconKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['100', '0'])
