/**
 * crm.timeline.logo.delete. Sources: the official pages
 * api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (an administrator),
 * `code`, `true` as result and the `NOT_FOUND` sample error. Example-backed
 * (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createImageDelete, keepImageDifferences, logoKind } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.logo.delete',
  summary: { ru: 'Удалить логотип записей таймлайна', en: 'Delete a timeline logo' },
  description: {
    ru: 'Метод `crm.timeline.logo.delete` удаляет добавленный вариант логотипа по коду.',
    en: 'The `crm.timeline.logo.delete` method deletes an added logo by its code.',
  },
  ...createImageDelete(logoKind),
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepImageDifferences(['100', '0'])
