/**
 * crm.item.delete. Sources: the official page api-reference/crm/universal/crm-item-delete.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, `id`, the answer `[]`, the
 * error table). The example deletes item 1 of the smart process 1268, as the page does.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepContactLink, keepIntranetWording, smartProcessNotFoundText } from './shared/item-docs-differences.js'
import {
  createItemDeniedRow,
  entityTypeIdParam,
  intranetOnlyRow,
  itemIdParam,
  itemNotFoundRow,
  typeNotFoundRow,
} from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.delete',
  scope: 'crm',
  summary: { ru: 'Удалить элемент CRM', en: 'Delete a CRM item' },
  description: {
    ru: 'Метод `crm.item.delete` удаляет элемент любого типа объекта CRM по `entityTypeId` и `id` и отвечает пустым массивом.',
    en: 'The `crm.item.delete` method deletes an item of any CRM object type by `entityTypeId` and `id` and answers an empty array.',
  },
  access: {
    entity: 'item',
    permission: 'delete',
    description: {
      ru: 'любой пользователь с правом «удаления» элементов типа',
      en: 'any user with the "delete" permission on items of the type',
    },
    deniedError: 'accessDenied',
  },
  params: [
    entityTypeIdParam,
    { ...itemIdParam, description: { ru: 'Идентификатор удаляемого элемента.', en: 'The ID of the item to delete.' } },
  ],
  result: { type: 'array', const: [], description: { ru: 'Пустой массив при успехе', en: 'An empty array on success' } },
  errors: [
    intranetOnlyRow,
    typeNotFoundRow,
    itemNotFoundRow,
    createItemDeniedRow(
      { ru: 'Доступ запрещен', en: 'Access denied' },
      'У пользователя нет права на удаление элементов типа `entityTypeId`',
      'The user may not delete items of type `entityTypeId`',
    ),
  ],
  errorExample: 'itemNotFound',
  examples: [
    {
      id: 'deleteSmartProcessItem',
      title: { ru: 'Удалить элемент 1 смарт-процесса 1268', en: 'Delete item 1 of the smart process 1268' },
      params: { entityTypeId: 1268, id: 1 },
      result: [],
    },
  ],
  related: ['crm.item.add', 'crm.item.update', 'crm.item.get', 'crm.item.list', 'crm.item.fields', 'crm.contact.delete'],
  operation: {
    kind: 'delete',
    entity: 'item',
    by: 'id',
    cascade: true,
    notFound: 'itemNotFound',
    entityTypeBy: 'entityTypeId',
    typeNotFound: 'typeNotFound',
    naming: 'camel',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  keepIntranetWording('Action is allowed only to intranet users'),
  smartProcessNotFoundText,
  keepContactLink('crm.contact.delete'),
]
