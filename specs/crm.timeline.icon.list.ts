/**
 * crm.timeline.icon.list. Sources: the official pages
 * api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, every icon as result and the `0` sample error. Example-backed
 * (specs/shared/timeline-image.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createImageList, iconKind } from './shared/timeline-image.js'

export default defineMethod({
  method: 'crm.timeline.icon.list',
  summary: { ru: 'Получить список иконок записей таймлайна', en: 'List the timeline icons' },
  description: {
    ru: 'Метод `crm.timeline.icon.list` возвращает встроенные и добавленные варианты иконки.',
    en: 'The `crm.timeline.icon.list` method returns the built-in and the added icons.',
  },
  ...createImageList(iconKind),
})
