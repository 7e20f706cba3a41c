/**
 * crm.timeline.logo.list. Sources: the official pages
 * api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, every logo as result and the `0` sample error. Example-backed
 * (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createImageList, logoKind } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.logo.list',
  summary: { ru: 'Получить список логотипов записей таймлайна', en: 'List the timeline logos' },
  description: {
    ru: 'Метод `crm.timeline.logo.list` возвращает встроенные и добавленные варианты логотипа.',
    en: 'The `crm.timeline.logo.list` method returns the built-in and the added logos.',
  },
  ...createImageList(logoKind),
})
