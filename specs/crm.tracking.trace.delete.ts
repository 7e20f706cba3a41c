/**
 * crm.tracking.trace.delete. Sources: the official pages
 * api-reference/crm/tracking/crm-tracking-trace-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the null result of the sample
 * answer and the ERROR_CORE row. Example-backed, as crm.tracking.trace.add: the mock keeps no
 * traces, so any id answers as the page's 125 does.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.tracking.trace.delete',
  scope: 'crm',
  summary: { ru: 'Удалить трейс сквозной аналитики', en: 'Delete a sales intelligence trace' },
  description: {
    ru: 'Метод `crm.tracking.trace.delete` удаляет трейс сквозной аналитики и его привязки к объектам CRM.',
    en: 'The `crm.tracking.trace.delete` method removes a sales intelligence trace and its bindings to CRM objects.',
  },
  access: {
    description: {
      ru: 'любой пользователь удаляет трейс; снять его привязку к объекту может тот, кто вправе изменять объект',
      en: 'any user deletes a trace; removing its binding to an object takes the right to edit that object',
    },
  },
  params: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      spellings: ['ID', 'id'],
      coercion: 'php-int',
      minimum: 1,
      description: { ru: 'ID трейса из ответа `crm.tracking.trace.add`.', en: 'The trace ID, as `crm.tracking.trace.add` answers it.' },
      sources: ['crm.tracking.trace.add'],
    },
  ],
  result: {
    type: 'null',
    description: { ru: '`null`: трейс удален', en: '`null`: the trace is gone' },
  },
  errors: [
    {
      id: 'idMissing',
      code: 'ERROR_CORE',
      status: 400,
      text: 'Parameter id required.',
      kind: 'invalidParams',
      when: { ru: '`id` не передан или пуст', en: '`id` is missing or empty' },
    },
  ],
  errorExample: 'idMissing',
  examples: [
    {
      id: 'deleteTrace125',
      title: { ru: 'Удалить трейс 125', en: 'Delete trace 125' },
      params: { id: 125 },
      result: null,
      time: {
        start: 1775119058,
        finish: 1775119058.707133,
        duration: 0.7071330547332764,
        processing: 0,
        date_start: '2026-04-02T11:37:38+03:00',
        date_finish: '2026-04-02T11:37:38+03:00',
        operating_reset_at: 1775119658,
        operating: 0,
      },
    },
  ],
  related: ['crm.tracking.trace.add'],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'result.type',
    docs: 'null',
    reason: 'the page types the result `null`, which the importer does not map; the spec says `null` too',
  },
]
