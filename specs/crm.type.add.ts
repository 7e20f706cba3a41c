/**
 * crm.type.add. Sources: the official page api-reference/crm/universal/user-defined-object-types/crm-type-add.md
 * in bitrix24/b24restdocs, ru and en (scope, who may call it, `fields` with `title` required and the
 * feature flags, the answer `{ type }`, the error table). The mock gives a new smart process the next
 * free `entityTypeId`, and crm.item.* serves it from then on.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemLink } from './shared/item-docs-differences.js'
import { createErrorRow } from './shared/item-method.js'
import { createAdminAccess, createTypeFieldsParam, typeDeniedRow, typeIntranetRow, typeRecord, workplaceRow } from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.add',
  scope: 'crm',
  summary: { ru: 'Создать смарт-процесс', en: 'Add a smart process' },
  description: {
    ru: 'Метод `crm.type.add` создает смарт-процесс из настроек `fields` и возвращает его в `type`. Его `entityTypeId` затем принимают методы `crm.item.*`.',
    en: 'The `crm.type.add` method creates a smart process from the settings in `fields` and answers it in `type`. The `crm.item.*` methods then accept its `entityTypeId`.',
  },
  access: createAdminAccess('add'),
  params: [
    {
      ...createTypeFieldsParam(
        true,
        'Настройки смарт-процесса (`crm.type.fields`): `title` обязателен, флаги возможностей `Y`/`N`, `entityTypeId` можно задать.',
        'The smart process settings (`crm.type.fields`): `title` is required, feature flags are `Y`/`N`, `entityTypeId` may be given.',
      ),
      invalidError: 'fieldsMissing',
    },
  ],
  result: {
    type: 'object',
    wrap: { key: 'type' },
    record: typeRecord,
    description: { ru: 'Новый смарт-процесс в `type`', en: 'The new smart process in `type`' },
  },
  errors: [
    createErrorRow(
      'entityTypeIdOutOfRange',
      'INVALID_ARG_VALUE',
      'entityTypeId is out of allowed range',
      'invalidParams',
      'Передан недопустимый `entityTypeId`',
      'The `entityTypeId` sent is not allowed',
    ),
    typeDeniedRow,
    typeIntranetRow,
    createErrorRow(
      'fieldsMissing',
      '100',
      'Could not find value for parameter {fields}',
      'invalidParams',
      'Не передан обязательный параметр `fields`',
      'The required parameter `fields` is missing',
    ),
    workplaceRow,
    createErrorRow(
      'planRestricted',
      'CREATE_DYNAMIC_TYPE_RESTRICTED',
      { ru: 'Превышено максимальное количество смарт-процессов', en: 'Maximum number of SPAs exceeded' },
      'accessDenied',
      'Тариф портала не позволяет создать еще один смарт-процесс',
      "The portal's plan allows no more smart processes",
    ),
  ],
  errorExample: 'entityTypeIdOutOfRange',
  examples: [
    {
      id: 'addType',
      title: { ru: 'Создать смарт-процесс «Shipments»', en: 'Create the "Shipments" smart process' },
      params: { fields: { title: 'Shipments', isStagesEnabled: 'Y', isClientEnabled: 'Y' } },
      result: {
        type: {
          id: 17,
          title: 'Shipments',
          code: null,
          createdBy: null,
          entityTypeId: 1270,
          customSectionId: null,
          isCategoriesEnabled: null,
          isStagesEnabled: 'Y',
          isBeginCloseDatesEnabled: null,
          isClientEnabled: 'Y',
          isUseInUserfieldEnabled: null,
          isLinkWithProductsEnabled: null,
          isMycompanyEnabled: null,
          isDocumentsEnabled: null,
          isSourceEnabled: null,
          isObserversEnabled: null,
          isRecyclebinEnabled: null,
          isAutomationEnabled: null,
          isBizProcEnabled: null,
          isSetOpenPermissions: null,
          isPaymentsEnabled: null,
          isCountersEnabled: null,
          createdTime: null,
          updatedTime: null,
          updatedBy: null,
        },
      },
    },
  ],
  related: [
    'crm.type.list',
    'crm.type.get',
    'crm.type.getByEntityTypeId',
    'crm.type.update',
    'crm.type.delete',
    'crm.type.fields',
    'crm.item.add',
  ],
  operation: { kind: 'add', entity: 'type', fields: 'fields', naming: 'camel', wrap: 'type' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepItemLink('crm.item.add')]
