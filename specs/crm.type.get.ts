/**
 * crm.type.get. Sources: the official page api-reference/crm/universal/user-defined-object-types/crm-type-get.md
 * in bitrix24/b24restdocs, ru and en (scope, who may call it, `id`, the answer `{ type }`, the error
 * table). The example reads the default store's smart process 16.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemLink, smartProcessNotFoundText } from './shared/item-docs-differences.js'
import {
  deliveriesType,
  typeIdParam,
  typeIntranetRow,
  typeNotFoundRow,
  typeReadAccess,
  typeReadDeniedRow,
  typeRecord,
} from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.get',
  scope: 'crm',
  summary: { ru: 'Получить смарт-процесс по id', en: 'Get a smart process by ID' },
  description: {
    ru: 'Метод `crm.type.get` возвращает настройки смарт-процесса по его `id` в `type`.',
    en: 'The `crm.type.get` method returns the settings of a smart process by its `id` in `type`.',
  },
  access: typeReadAccess,
  params: [typeIdParam],
  result: {
    type: 'object',
    wrap: { key: 'type' },
    record: typeRecord,
    description: { ru: 'Смарт-процесс в `type`', en: 'The smart process in `type`' },
  },
  errors: [typeIntranetRow, typeReadDeniedRow, typeNotFoundRow],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'getType16',
      title: { ru: 'Получить смарт-процесс 16', en: 'Get the smart process 16' },
      params: { id: 16 },
      result: { type: deliveriesType },
    },
  ],
  related: [
    'crm.type.list',
    'crm.type.getByEntityTypeId',
    'crm.type.add',
    'crm.type.update',
    'crm.type.delete',
    'crm.type.fields',
    'crm.item.list',
  ],
  operation: { kind: 'get', entity: 'type', by: 'id', notFound: 'typeNotFound', naming: 'camel', wrap: 'type' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [smartProcessNotFoundText, keepItemLink('crm.item.list')]
