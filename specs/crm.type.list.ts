/**
 * crm.type.list. Sources: the official page api-reference/crm/universal/user-defined-object-types/crm-type-list.md
 * in bitrix24/b24restdocs, ru and en (scope, who may call it, `filter` with prefixes and `logic`,
 * `order`, `start`, the answer `{ types }` with `total` and `next`, the error table).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemLink } from './shared/item-docs-differences.js'
import { createQueryRows, itemFilterOperators } from './shared/item-method.js'
import { createAdminAccess, typeDeniedRow, typeIntranetRow, typeRecord } from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.list',
  scope: 'crm',
  summary: { ru: 'Получить список смарт-процессов', en: 'List smart processes' },
  description: {
    ru: 'Метод `crm.type.list` возвращает смарт-процессы по фильтру, по 50 на страницу, в `types`, с `total` и `next`.',
    en: 'The `crm.type.list` method returns the smart processes matching a filter, 50 per page, in `types`, with `total` and `next`.',
  },
  access: createAdminAccess('read'),
  params: [
    {
      name: 'order',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      filter: { fields: 'record', operators: [...itemFilterOperators], logic: true },
      description: {
        ru: 'Фильтр: поле -> значение, с префиксами сравнения и группами `logic: "OR"`.',
        en: 'The filter: field -> value, with comparison prefixes and `logic: "OR"` groups.',
      },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы: `next` предыдущего ответа.',
        en: 'The offset of the page: the `next` of the previous answer.',
      },
    },
  ],
  result: {
    type: 'object',
    wrap: { key: 'types', paged: true },
    record: typeRecord,
    description: { ru: 'Смарт-процессы страницы в `types`', en: 'The smart processes of the page in `types`' },
  },
  errors: [
    typeIntranetRow,
    typeDeniedRow,
    ...createQueryRows({ ru: 'смарт-процессов', en: 'smart processes' }, { field: 'field_n', value: 'invalid_value' }),
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listWithStages',
      title: { ru: 'Смарт-процессы со своими стадиями', en: 'Smart processes with their own stages' },
      params: { filter: { isStagesEnabled: 'Y' }, order: { id: 'ASC' } },
      result: {
        types: [
          {
            id: 16,
            title: 'Deliveries',
            code: '',
            createdBy: 1,
            entityTypeId: 1268,
            customSectionId: null,
            isCategoriesEnabled: 'Y',
            isStagesEnabled: 'Y',
            isBeginCloseDatesEnabled: 'Y',
            isClientEnabled: 'Y',
            isUseInUserfieldEnabled: 'N',
            isLinkWithProductsEnabled: 'Y',
            isMycompanyEnabled: 'Y',
            isDocumentsEnabled: 'Y',
            isSourceEnabled: 'Y',
            isObserversEnabled: 'Y',
            isRecyclebinEnabled: 'Y',
            isAutomationEnabled: 'Y',
            isBizProcEnabled: 'Y',
            isSetOpenPermissions: 'Y',
            isPaymentsEnabled: 'N',
            isCountersEnabled: 'N',
            createdTime: '2024-07-08T14:46:54+02:00',
            updatedTime: '2024-07-08T14:46:54+02:00',
            updatedBy: 1,
          },
        ],
      },
    },
  ],
  related: [
    'crm.type.get',
    'crm.type.getByEntityTypeId',
    'crm.type.add',
    'crm.type.update',
    'crm.type.delete',
    'crm.type.fields',
    'crm.item.list',
  ],
  operation: {
    kind: 'list',
    entity: 'type',
    filter: 'filter',
    order: 'order',
    start: 'start',
    pageSize: 50,
    naming: 'camel',
    wrap: 'types',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepItemLink('crm.item.list')]
