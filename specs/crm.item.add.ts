/**
 * crm.item.add. Sources: the official page api-reference/crm/universal/crm-item-add.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, `fields` in camelCase or
 * UPPER_CASE, `useOriginalUfNames`, the answer `{ item }`, the error table). The example adds an item to
 * the default store's smart process 1268.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepContactLink, smartProcessNotFoundText, useOriginalUfNamesAsText } from './shared/item-docs-differences.js'
import {
  createFieldsParam,
  createItemDeniedRow,
  createRestrictedRow,
  entityTypeIdParam,
  fieldValueRow,
  intranetOnlyRow,
  itemRecord,
  iterableRow,
  typeNotFoundRow,
  useOriginalUfNamesParam,
} from './shared/item-method.js'

export default defineMethod({
  method: 'crm.item.add',
  scope: 'crm',
  summary: { ru: 'Создать элемент CRM', en: 'Add a CRM item' },
  description: {
    ru: 'Метод `crm.item.add` создает элемент типа `entityTypeId` из полей `fields` и возвращает его целиком в `item`. Имена полей принимаются в camelCase и в UPPER_CASE.',
    en: 'The `crm.item.add` method creates an item of type `entityTypeId` from `fields` and answers the whole item in `item`. Field names are accepted in camelCase and in UPPER_CASE.',
  },
  access: {
    entity: 'item',
    permission: 'add',
    description: {
      ru: 'любой пользователь с правом «добавления» элементов типа',
      en: 'any user with the "add" permission on items of the type',
    },
    deniedError: 'accessDenied',
  },
  params: [
    entityTypeIdParam,
    createFieldsParam(
      true,
      'Поля нового элемента: имя поля -> значение (`crm.item.fields`). Не переданные поля получают значения по умолчанию.',
      'The fields of the new item: field name -> value (`crm.item.fields`). Fields left out get their defaults.',
    ),
    useOriginalUfNamesParam,
  ],
  result: {
    type: 'object',
    wrap: { key: 'item' },
    record: itemRecord,
    description: { ru: 'Созданный элемент в `item`', en: 'The new item in `item`' },
  },
  errors: [
    intranetOnlyRow,
    typeNotFoundRow,
    createItemDeniedRow(
      { ru: 'Доступ запрещен', en: 'Access denied' },
      'У пользователя нет права на добавление элементов типа `entityTypeId`',
      'The user may not add items of type `entityTypeId`',
    ),
    fieldValueRow,
    iterableRow,
    createRestrictedRow,
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'addDelivery',
      title: { ru: 'Добавить элемент в смарт-процесс 1268', en: 'Add an item to the smart process 1268' },
      params: {
        entityTypeId: 1268,
        fields: { title: 'Delivery #2', stageId: 'DT1268_16:NEW', opportunity: 1500, currencyId: 'USD', contactIds: [50] },
      },
      result: {
        item: {
          id: 2,
          xmlId: null,
          title: 'Delivery #2',
          createdBy: null,
          updatedBy: null,
          movedBy: null,
          createdTime: null,
          updatedTime: null,
          movedTime: null,
          categoryId: null,
          opened: null,
          stageId: 'DT1268_16:NEW',
          previousStageId: null,
          begindate: null,
          closedate: null,
          companyId: null,
          contactId: null,
          contactIds: [50],
          opportunity: 1500,
          isManualOpportunity: null,
          taxValue: null,
          currencyId: 'USD',
          mycompanyId: null,
          sourceId: null,
          sourceDescription: null,
          assignedById: null,
          observers: [],
          entityTypeId: 1268,
        },
      },
    },
  ],
  related: ['crm.item.update', 'crm.item.get', 'crm.item.list', 'crm.item.delete', 'crm.item.fields', 'crm.contact.add'],
  operation: {
    kind: 'add',
    entity: 'item',
    fields: 'fields',
    entityTypeBy: 'entityTypeId',
    typeNotFound: 'typeNotFound',
    naming: 'camel',
    originalUfNamesBy: 'useOriginalUfNames',
    wrap: 'item',
  },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [useOriginalUfNamesAsText, smartProcessNotFoundText, keepContactLink('crm.contact.add')]
