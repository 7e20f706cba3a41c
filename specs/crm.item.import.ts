/**
 * crm.item.import. Sources: the official pages api-reference/crm/universal/import/crm-item-import.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call
 * it, `entityTypeId`, `fields` (each type's own; the spec leaves their list to crm.item.fields),
 * `useOriginalUfNames`, the `{ item: { id } }` answer and the error table. Example-backed
 * (specs/shared/item-import-method.ts): the mock answers the page's deal import, id 4.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepOwnLink } from './shared/item-docs-differences.js'
import { exampleDeal, importAccess, importDifferences, importedItemShape, importRows } from './shared/item-import-method.js'
import { entityTypeIdParam, useOriginalUfNamesParam } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.import',
  scope: 'crm',
  summary: { ru: 'Импортировать элемент CRM', en: 'Import a CRM item' },
  description: {
    ru: 'Метод `crm.item.import` создает элемент типа `entityTypeId` как при импорте: можно задать поля, которые при обычном создании заполняет система (автор, даты), и вернуть только ID.',
    en: 'The `crm.item.import` method creates an item of type `entityTypeId` as an import does: fields the system fills on a plain add (author, dates) may be given, and only the ID comes back.',
  },
  access: importAccess,
  params: [
    entityTypeIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля нового элемента: имя поля -> значение; у каждого типа свой набор (`crm.item.fields`), неизвестные поля пропускаются.',
        en: "The new item's fields: field name -> value; each type has its own set (`crm.item.fields`), unknown fields are skipped.",
      },
    },
    useOriginalUfNamesParam,
  ],
  result: {
    ...importedItemShape,
    description: { ru: 'ID нового элемента в `item.id`', en: 'The new item ID, in `item.id`' },
  },
  errors: [...importRows],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'importDeal',
      title: { ru: 'Импортировать сделку', en: 'Import a deal' },
      params: { entityTypeId: 2, fields: exampleDeal },
      result: { item: { id: 4 } },
      time: {
        start: 1722940215.145257,
        finish: 1722940217.94124,
        duration: 2.795983076095581,
        processing: 2.4315829277038574,
        date_start: '2024-08-06T10:30:15+00:00',
        date_finish: '2024-08-06T10:30:17+00:00',
        operating: 2.4314892292022705,
      },
    },
  ],
  related: ['crm.item.batchImport', 'crm.item.add', 'crm.item.fields'],
  operation: { kind: 'example', entity: 'item' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...importDifferences,
  keepOwnLink('crm.item.fields', 'each type has its own fields; crm.item.fields lists them'),
]
