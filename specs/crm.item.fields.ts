/**
 * crm.item.fields. Sources: the official page api-reference/crm/universal/crm-item-fields.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, `useOriginalUfNames`, the
 * answer `{ fields }` keyed by camelCase name with `upperName`, the error table).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepIntranetWording, smartProcessNotFoundText, useOriginalUfNamesAsText } from './shared/item-docs-differences.js'
import { itemFields } from './shared/item-entities.js'
import {
  createItemDeniedRow,
  describeCamelFields,
  entityTypeIdParam,
  intranetOnlyRow,
  typeNotFoundRow,
  useOriginalUfNamesParam,
} from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля элементов CRM', en: 'Get the fields of CRM items' },
  description: {
    ru: 'Метод `crm.item.fields` описывает поля элементов типа `entityTypeId`: тип, обязательность, только для чтения, множественность, название и имя в UPPER_CASE (`upperName`).',
    en: 'The `crm.item.fields` method describes the fields of items of type `entityTypeId`: type, required, read-only, multiple, title and the UPPER_CASE name (`upperName`).',
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
  params: [entityTypeIdParam, useOriginalUfNamesParam],
  result: {
    type: 'object',
    wrap: { key: 'fields' },
    description: { ru: 'Описания полей в `fields`, по имени поля', en: 'The field descriptions in `fields`, by field name' },
    properties: [
      {
        name: 'fields',
        type: 'object',
        required: true,
        values: {
          type: 'object',
          properties: [
            { name: 'type', type: 'string', required: true },
            { name: 'isRequired', type: 'boolean', required: true },
            { name: 'isReadOnly', type: 'boolean', required: true },
            { name: 'isImmutable', type: 'boolean', required: true },
            { name: 'isMultiple', type: 'boolean', required: true },
            { name: 'isDynamic', type: 'boolean', required: true },
            { name: 'title', type: 'string', required: true },
            { name: 'upperName', type: 'string', required: true },
          ],
        },
      },
    ],
  },
  errors: [
    intranetOnlyRow,
    typeNotFoundRow,
    createItemDeniedRow(
      { ru: 'У Вас нет прав на просмотр этого элемента', en: 'You do not have permission to view this item' },
      'У пользователя нет права на чтение элементов типа `entityTypeId`',
      'The user may not read items of type `entityTypeId`',
    ),
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'smartProcessFields',
      title: { ru: 'Поля элементов смарт-процесса 1268', en: 'The item fields of the smart process 1268' },
      params: { entityTypeId: 1268 },
      result: { fields: describeCamelFields(itemFields) },
    },
  ],
  related: ['crm.item.add', 'crm.item.update', 'crm.item.get', 'crm.item.list', 'crm.item.delete'],
  operation: {
    kind: 'fields',
    entity: 'item',
    entityTypeBy: 'entityTypeId',
    typeNotFound: 'typeNotFound',
    naming: 'camel',
    originalUfNamesBy: 'useOriginalUfNames',
    wrap: 'fields',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  useOriginalUfNamesAsText,
  keepIntranetWording('Action is allowed only to intranet users'),
  smartProcessNotFoundText,
]
