/**
 * crm.item.list. Sources: the official page api-reference/crm/universal/crm-item-list.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, `select` with `*`, `filter`
 * with its prefixes and `logic: 'OR'` groups, `order`, `start` in steps of 50, `useOriginalUfNames`,
 * the answer `{ items }` with `total` and `next`, the error table).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepContactLink, keepIntranetWording, smartProcessNotFoundText, useOriginalUfNamesAsText } from './shared/item-docs-differences.js'
import {
  createItemDeniedRow,
  createQueryRows,
  entityTypeIdParam,
  intranetOnlyRow,
  itemFilterOperators,
  itemRecord,
  typeNotFoundRow,
  useOriginalUfNamesParam,
} from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.list',
  scope: 'crm',
  summary: { ru: 'Получить список элементов CRM', en: 'List CRM items' },
  description: {
    ru: 'Метод `crm.item.list` возвращает элементы типа `entityTypeId` по фильтру, по 50 на страницу, в `items`. Ответ содержит `total` и, если есть следующая страница, `next`.',
    en: 'The `crm.item.list` method returns the items of type `entityTypeId` matching a filter, 50 per page, in `items`. The answer holds `total` and, when another page follows, `next`.',
  },
  access: {
    entity: 'item',
    permission: 'read',
    description: {
      ru: 'любой пользователь с правом «чтения» элементов типа',
      en: 'any user with the "read" permission on items of the type',
    },
    deniedError: 'accessDenied',
  },
  params: [
    entityTypeIdParam,
    {
      name: 'select',
      type: 'array',
      required: false,
      items: { type: 'string' },
      description: {
        ru: 'Поля в ответе или `*` (все поля и `fm`, множественные поля контактов). По умолчанию все поля.',
        en: 'The fields to answer, or `*` (every field plus `fm`, the multi-fields of contacts). Every field by default.',
      },
    },
    {
      name: 'filter',
      type: 'object',
      required: false,
      filter: { fields: 'record', operators: [...itemFilterOperators], logic: true },
      description: {
        ru: 'Фильтр: поле -> значение, условия объединяются по И. Префикс ключа задает сравнение; вложенная группа с `logic: "OR"` объединяет свои условия по ИЛИ.',
        en: 'The filter: field -> value, conditions joined by AND. A key prefix sets the comparison; a nested group with `logic: "OR"` joins its own conditions by OR.',
      },
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
    },
    {
      name: 'start',
      type: 'integer',
      required: false,
      description: {
        ru: 'Смещение страницы: `(N-1) * 50` для страницы N, или `next` предыдущего ответа.',
        en: 'The offset of the page: `(N-1) * 50` for page N, or the `next` of the previous answer.',
      },
    },
    useOriginalUfNamesParam,
  ],
  result: {
    type: 'object',
    wrap: { key: 'items', paged: true },
    record: itemRecord,
    description: { ru: 'Элементы страницы в `items` (не более 50)', en: 'The items of the page in `items` (at most 50)' },
  },
  errors: [
    intranetOnlyRow,
    typeNotFoundRow,
    createItemDeniedRow(
      { ru: 'Доступ запрещен', en: 'Access denied' },
      'У пользователя нет права на чтение элементов типа `entityTypeId`',
      'The user may not read items of type `entityTypeId`',
    ),
    ...createQueryRows({ ru: 'элементов', en: 'items' }),
  ],
  errorExample: 'filterFieldNotAllowed',
  examples: [
    {
      id: 'listWithOrGroup',
      title: {
        ru: 'Элементы смарт-процесса 1268 на стадии NEW или с суммой от 1000',
        en: 'Items of the smart process 1268 at stage NEW or worth 1000 or more',
      },
      params: {
        entityTypeId: 1268,
        select: ['id', 'title', 'stageId', 'opportunity'],
        filter: { '0': { logic: 'OR', '0': { stageId: 'DT1268_16:NEW' }, '1': { '>=opportunity': 1000 } } },
        order: { id: 'ASC' },
      },
      result: { items: [{ id: 1, title: 'Delivery #1', stageId: 'DT1268_16:NEW', opportunity: 0 }] },
    },
  ],
  related: ['crm.item.add', 'crm.item.update', 'crm.item.get', 'crm.item.delete', 'crm.item.fields', 'crm.contact.list'],
  operation: {
    kind: 'list',
    entity: 'item',
    filter: 'filter',
    order: 'order',
    select: 'select',
    start: 'start',
    pageSize: 50,
    entityTypeBy: 'entityTypeId',
    typeNotFound: 'typeNotFound',
    naming: 'camel',
    originalUfNamesBy: 'useOriginalUfNames',
    wrap: 'items',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  useOriginalUfNamesAsText,
  keepIntranetWording('Action is allowed for intranet users only'),
  smartProcessNotFoundText,
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason:
      "the access rule needs its denied row (a user without the read permission on the type); the list page's table leaves ACCESS_DENIED out, the other crm.item.* pages list it",
  },
  keepContactLink('crm.contact.list'),
]
