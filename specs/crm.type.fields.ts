/**
 * crm.type.fields. Sources: the official page api-reference/crm/universal/user-defined-object-types/crm-type-fields.md
 * in bitrix24/b24restdocs, ru and en (scope, who may call it, no parameters, the answer `{ fields }`
 * keyed by camelCase name with `upperName`, the error table).
 */
import { defineMethod } from '@b24kit/spec'
import { typeFields } from './shared/item-entities.js'
import { createErrorRow, describeCamelFields } from './shared/item-method.js'
import { createAdminAccess, typeIntranetRow } from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля смарт-процесса', en: 'Get the fields of a smart process' },
  description: {
    ru: 'Метод `crm.type.fields` описывает настройки смарт-процесса: тип, обязательность, только для чтения, название и имя в UPPER_CASE.',
    en: 'The `crm.type.fields` method describes the settings of a smart process: type, required, read-only, title and the UPPER_CASE name.',
  },
  access: createAdminAccess('read'),
  params: [],
  result: {
    type: 'object',
    wrap: { key: 'fields' },
    description: { ru: 'Описания полей в `fields`', en: 'The field descriptions in `fields`' },
  },
  errors: [
    typeIntranetRow,
    createErrorRow(
      'accessDenied',
      'ACCESS_DENIED',
      { ru: 'Доступ запрещен', en: 'Access Denied' },
      'accessDenied',
      'У пользователя нет административных прав в CRM',
      'The user has no administrative rights in CRM',
    ),
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'typeFields',
      title: { ru: 'Поля смарт-процесса', en: 'The smart process fields' },
      params: {},
      result: { fields: describeCamelFields(typeFields) },
    },
  ],
  related: ['crm.type.list', 'crm.type.get', 'crm.type.getByEntityTypeId', 'crm.type.add', 'crm.type.update', 'crm.type.delete'],
  operation: { kind: 'fields', entity: 'type', naming: 'camel', wrap: 'fields' },
})
