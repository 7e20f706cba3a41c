/**
 * crm.timeline.bindings.list. Sources: the official pages
 * api-reference/crm/timeline/bindings/crm-timeline-bindings-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `filter`
 * (OWNER_ID required), the bindings as result and the OWNER_ID row. Example-backed, as
 * crm.timeline.bindings.bind is: the mock answers record 999's three bindings, the page's example,
 * to any filter; a filter without a valid OWNER_ID is refused by the client before it is sent only
 * where the spec can say so, which it cannot for a key inside `filter` yet.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listTimelineBindingSiblings, ownerIdPeriodKept, ownerIdRow } from './shared/timeline-bindings.js'

export default defineMethod({
  method: 'crm.timeline.bindings.list',
  scope: 'crm',
  summary: { ru: 'Получить привязки записи таймлайна', en: 'List the bindings of a timeline record' },
  description: {
    ru: 'Метод `crm.timeline.bindings.list` возвращает элементы CRM, в таймлайне которых показана запись.',
    en: 'The `crm.timeline.bindings.list` method returns the CRM items whose timelines show a record.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    {
      name: 'filter',
      type: 'object',
      required: true,
      description: {
        ru: 'Фильтр: `OWNER_ID` (ID записи таймлайна) обязателен, другие поля по желанию.',
        en: 'The filter: `OWNER_ID` (the timeline record ID) is required, other fields optional.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Привязки: `OWNER_ID`, `ENTITY_ID` и `ENTITY_TYPE`, идентификаторы строками',
      en: 'The bindings: `OWNER_ID`, `ENTITY_ID` and `ENTITY_TYPE`, ids as strings',
    },
  },
  errors: [ownerIdRow],
  errorExample: 'ownerIdInvalid',
  examples: [
    {
      id: 'listBindingsOfRecord999',
      title: { ru: 'Привязки записи 999', en: "Record 999's bindings" },
      params: { filter: { OWNER_ID: 999 } },
      result: [
        { OWNER_ID: '999', ENTITY_ID: '39', ENTITY_TYPE: 'deal' },
        { OWNER_ID: '999', ENTITY_ID: '92', ENTITY_TYPE: 'company' },
        { OWNER_ID: '999', ENTITY_ID: '205', ENTITY_TYPE: 'lead' },
      ],
    },
  ],
  related: listTimelineBindingSiblings('crm.timeline.bindings.list'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...ownerIdPeriodKept]
