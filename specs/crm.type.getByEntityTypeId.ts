/**
 * crm.type.getByEntityTypeId. Sources: the official page
 * api-reference/crm/universal/user-defined-object-types/crm-type-get-by-entity-type-id.md in
 * bitrix24/b24restdocs, ru and en (scope, who may call it, `entityTypeId`, the answer `{ type }`, the
 * error table). Stateful: the mock finds the smart process whose `entityTypeId` is sent. The page's
 * sample answer shows smart process 16 with entityTypeId 2024, where crm.type.get's page shows the same
 * smart process 16 with entityTypeId 1268; the default store holds the latter (crm.item.* pages use
 * 1268), so the example reads 1268 and answers what crm.type.get answers for id 16.
 */
import { defineMethod } from '@b24kit/spec'
import { createErrorRow } from './shared/item-method.js'
import { deliveriesType, typeIntranetRow, typeReadAccess, typeReadDeniedRow, typeRecord } from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.getByEntityTypeId',
  scope: 'crm',
  summary: { ru: 'Получить смарт-процесс по entityTypeId', en: 'Get a smart process by entityTypeId' },
  description: {
    ru: 'Метод `crm.type.getByEntityTypeId` возвращает настройки смарт-процесса по его `entityTypeId` (а не по `id`) в `type`.',
    en: 'The `crm.type.getByEntityTypeId` method returns the settings of a smart process by its `entityTypeId` (not its `id`) in `type`.',
  },
  access: typeReadAccess,
  params: [
    {
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      description: {
        ru: 'Идентификатор типа объектов смарт-процесса (`entityTypeId`).',
        en: 'The object type id of the smart process (`entityTypeId`).',
      },
      sources: ['crm.type.list', 'crm.type.add'],
    },
  ],
  result: {
    type: 'object',
    wrap: { key: 'type' },
    record: typeRecord,
    description: { ru: 'Смарт-процесс в `type`', en: 'The smart process in `type`' },
  },
  errors: [
    typeIntranetRow,
    typeReadDeniedRow,
    createErrorRow(
      'typeNotFound',
      '0',
      { ru: 'Смарт-процесс не найден', en: 'Smart process not found' },
      'notFound',
      'Смарт-процесса с переданным `entityTypeId` нет',
      'No smart process has the given `entityTypeId`',
    ),
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'getType1268',
      title: { ru: 'Получить смарт-процесс с entityTypeId 1268', en: 'Get the smart process with entityTypeId 1268' },
      params: { entityTypeId: 1268 },
      result: { type: deliveriesType },
    },
  ],
  related: ['crm.type.add', 'crm.type.update', 'crm.type.get', 'crm.type.list', 'crm.type.delete', 'crm.type.fields'],
  operation: {
    kind: 'get',
    entity: 'type',
    by: 'entityTypeId',
    match: 'ENTITY_TYPE_ID',
    notFound: 'typeNotFound',
    naming: 'camel',
    wrap: 'type',
  },
})
