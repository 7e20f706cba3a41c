/**
 * crm.item.get. Sources: the official page api-reference/crm/universal/crm-item-get.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, `id`, `useOriginalUfNames`,
 * the answer `{ item }` in camelCase, the error table). The example reads the default store's contact
 * 50 as entity type 3: the same record crm.contact.get answers in UPPER_CASE.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepContactLink, keepIntranetWording, smartProcessNotFoundText, useOriginalUfNamesAsText } from './shared/item-docs-differences.js'
import {
  createItemDeniedRow,
  entityTypeIdParam,
  intranetOnlyRow,
  itemIdParam,
  itemNotFoundRow,
  itemRecord,
  typeNotFoundRow,
  useOriginalUfNamesParam,
} from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.get',
  scope: 'crm',
  summary: { ru: 'Получить элемент CRM по id', en: 'Get a CRM item by ID' },
  description: {
    ru: 'Метод `crm.item.get` возвращает элемент любого типа объекта CRM по `entityTypeId` и `id`. Поля приходят в camelCase внутри `item`.',
    en: 'The `crm.item.get` method returns an item of any CRM object type by `entityTypeId` and `id`. Fields come in camelCase inside `item`.',
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
  params: [entityTypeIdParam, itemIdParam, useOriginalUfNamesParam],
  result: {
    type: 'object',
    wrap: { key: 'item' },
    record: itemRecord,
    description: { ru: 'Элемент в `item`, поля в camelCase', en: 'The item in `item`, fields in camelCase' },
  },
  errors: [
    intranetOnlyRow,
    typeNotFoundRow,
    itemNotFoundRow,
    createItemDeniedRow(
      { ru: 'У Вас нет прав на просмотр этого элемента', en: 'You do not have permission to view this item' },
      'У пользователя нет права на чтение элементов типа `entityTypeId`',
      'The user may not read items of type `entityTypeId`',
    ),
  ],
  errorExample: 'itemNotFound',
  examples: [
    {
      id: 'getContact50',
      title: { ru: 'Получить контакт 50 как элемент типа 3', en: 'Get contact 50 as an item of type 3' },
      params: { entityTypeId: 3, id: 50 },
      result: {
        item: {
          id: 50,
          honorific: null,
          name: 'Ivan',
          secondName: null,
          lastName: 'Petrov',
          birthdate: null,
          typeId: 'CLIENT',
          sourceId: 'SELF',
          sourceDescription: null,
          post: null,
          comments: null,
          opened: 'Y',
          export: 'Y',
          hasPhone: 'Y',
          hasEmail: 'Y',
          assignedById: 1,
          createdBy: 1,
          updatedBy: 1,
          createdTime: '2024-08-15T15:05:09+02:00',
          updatedTime: '2024-08-15T15:05:09+02:00',
          companyId: null,
          companyIds: [],
          leadId: null,
        },
      },
    },
  ],
  related: ['crm.item.add', 'crm.item.update', 'crm.item.list', 'crm.item.delete', 'crm.item.fields', 'crm.contact.get'],
  operation: {
    kind: 'get',
    entity: 'item',
    by: 'id',
    notFound: 'itemNotFound',
    entityTypeBy: 'entityTypeId',
    typeNotFound: 'typeNotFound',
    naming: 'camel',
    originalUfNamesBy: 'useOriginalUfNames',
    wrap: 'item',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  useOriginalUfNamesAsText,
  keepIntranetWording('Action is allowed only to intranet users'),
  smartProcessNotFoundText,
  keepContactLink('crm.contact.get'),
]
