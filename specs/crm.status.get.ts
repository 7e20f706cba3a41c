/**
 * crm.status.get. Sources: the official pages api-reference/crm/status/crm-status-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the item as result and the `Access denied.` and `Status is not found.` rows. The page asks
 * for item 123 and answers item 733; the example here reads 733, which the default store holds
 * (specs/shared/status-entity.ts), without the derived EXTRA block.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createStatusDeniedRow,
  getStatusIdWithoutRow,
  keepEmptyStatusCodes,
  listStatusSiblings,
  statusNotFoundRow,
  statusReadAccess,
} from './shared/status-method.js'

export default defineMethod({
  method: 'crm.status.get',
  scope: 'crm',
  summary: { ru: 'Получить элемент справочника по Id', en: 'Get a directory item by ID' },
  description: {
    ru: 'Метод `crm.status.get` возвращает элемент справочника CRM (стадию, источник, тип) по идентификатору.',
    en: 'The `crm.status.get` method returns a CRM directory item (a stage, a source, a type) by its ID.',
  },
  access: statusReadAccess,
  params: [getStatusIdWithoutRow()],
  result: {
    type: 'object',
    description: {
      ru: 'Поля элемента (`crm.status.fields`): числа строками, пустые поля как null',
      en: 'The item fields (`crm.status.fields`): numbers as strings, empty fields as null',
    },
  },
  errors: [
    createStatusDeniedRow('У пользователя нет права чтения ни одного объекта CRM', 'The user may read no CRM object'),
    statusNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getStatus733',
      title: { ru: 'Получить стадию смарт-процесса с `id = 733`', en: 'Get the smart process stage with `id = 733`' },
      params: { id: 733 },
      result: {
        ID: '733',
        ENTITY_ID: 'DYNAMIC_1038_STAGE_37',
        STATUS_ID: 'DT1038_37:SUCCESS',
        NAME: 'Success',
        NAME_INIT: 'Success',
        SORT: '40',
        SYSTEM: 'Y',
        CATEGORY_ID: '37',
        COLOR: '#00ff00',
        SEMANTICS: 'S',
      },
    },
  ],
  related: listStatusSiblings('crm.status.get'),
  operation: { kind: 'get', entity: 'status', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepEmptyStatusCodes([
    ['accessDenied', 'Access denied.'],
    ['notFound', 'Status is not found.'],
  ]),
]
