/**
 * crm.item.batchImport. Sources: the official pages
 * api-reference/crm/universal/import/crm-item-batch-import.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `entityTypeId`, `data` (up to 20
 * sets of fields as crm.item.import takes them), `useOriginalUfNames`, the `{ items }` answer (an
 * item or an error per set) and the error table. Example-backed
 * (specs/shared/item-import-method.ts): the mock answers the page's two deals, one imported and one
 * refused.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { exampleDeal, importAccess, importDifferences, importRows } from './shared/item-import-method.js'
import { createErrorRow, entityTypeIdParam, useOriginalUfNamesParam } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.batchImport',
  scope: 'crm',
  summary: { ru: 'Импортировать пакет элементов CRM', en: 'Import a batch of CRM items' },
  description: {
    ru: 'Метод `crm.item.batchImport` импортирует до 20 элементов типа `entityTypeId` за вызов, как `crm.item.import`; для каждого набора полей возвращает ID нового элемента или ошибку.',
    en: 'The `crm.item.batchImport` method imports up to 20 items of type `entityTypeId` in one call, as `crm.item.import` does; for each set of fields it answers the new item ID or an error.',
  },
  access: importAccess,
  params: [
    entityTypeIdParam,
    {
      name: 'data',
      type: 'array',
      required: true,
      items: { type: 'object' },
      description: {
        ru: 'Наборы полей новых элементов, каждый как `fields` в `crm.item.import`; не больше 20.',
        en: 'The field sets of the new items, each as `fields` of `crm.item.import`; 20 at most.',
      },
    },
    useOriginalUfNamesParam,
  ],
  result: {
    type: 'object',
    description: {
      ru: 'В `items` по элементу на каждый набор: `{ item: { id } }` или ошибка `{ error, error_description }`',
      en: 'In `items`, one entry per set: `{ item: { id } }` or an error `{ error, error_description }`',
    },
    properties: [{ name: 'items', type: 'array', required: true, items: { type: 'object' } }],
  },
  errors: [
    ...importRows,
    createErrorRow(
      'batchTooLarge',
      'MAX_IMPORT_BATCH_SIZE_EXCEEDED',
      { ru: 'Вы не можете импортировать больше 20 элементов', en: 'You cannot import more than 20 items' },
      'invalidParams',
      'В `data` больше 20 наборов полей',
      '`data` holds more than 20 field sets',
    ),
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'importTwoDeals',
      title: { ru: 'Импортировать две сделки', en: 'Import two deals' },
      params: { entityTypeId: 2, data: [exampleDeal, { ...exampleDeal, categoryId: 4 }] },
      result: {
        items: [{ item: { id: 15 } }, { error: 'CRM_FIELD_ERROR_REQUIRED', error_description: 'The "Name" field is required' }],
      },
      time: {
        start: 1723414961.913589,
        finish: 1723414964.652124,
        duration: 2.738534927368164,
        processing: 2.376383066177368,
        date_start: '2024-08-11T22:22:41+00:00',
        date_finish: '2024-08-11T22:22:44+00:00',
        operating: 2.3762991428375244,
      },
    },
  ],
  related: ['crm.item.import', 'crm.item.add'],
  operation: { kind: 'example', entity: 'item' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = importDifferences
