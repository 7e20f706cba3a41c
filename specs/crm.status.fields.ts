/**
 * crm.status.fields. Sources: the official pages api-reference/crm/status/crm-status-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (any user), no parameters, no error rows of its own, the sample answer. The mock answers the
 * page's field list as is (example-backed): the stored records type SEMANTICS as text and leave out
 * EXTRA, which the field model cannot type (specs/shared/status-entity.ts), so a list built from
 * them would not be the portal's.
 */
import { defineMethod } from '@b24kit/spec'
import { listStatusSiblings } from './shared/status-method.js'

export default defineMethod({
  method: 'crm.status.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля элемента справочника', en: 'Get the directory item fields' },
  description: {
    ru: 'Метод `crm.status.fields` описывает поля элемента справочника CRM: тип, обязательность, доступность для изменения и название.',
    en: 'The `crm.status.fields` method describes the fields of a CRM directory item: type, whether required or writable, and title.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'describeStatusFields',
      title: { ru: 'Получить поля элемента справочника', en: 'Get the directory item fields' },
      params: {},
      result: {
        ID: { type: 'integer', isRequired: false, isReadOnly: true, isImmutable: false, isMultiple: false, isDynamic: false, title: 'ID' },
        ENTITY_ID: {
          type: 'string',
          isRequired: true,
          isReadOnly: false,
          isImmutable: true,
          isMultiple: false,
          isDynamic: false,
          title: 'Entity ID',
        },
        STATUS_ID: {
          type: 'string',
          isRequired: true,
          isReadOnly: false,
          isImmutable: true,
          isMultiple: false,
          isDynamic: false,
          title: 'Status',
        },
        SORT: {
          type: 'integer',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Sorting',
        },
        NAME: {
          type: 'string',
          isRequired: true,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Name',
        },
        NAME_INIT: {
          type: 'string',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Default Name',
        },
        SYSTEM: {
          type: 'char',
          isRequired: false,
          isReadOnly: true,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'System',
        },
        CATEGORY_ID: {
          type: 'integer',
          isRequired: false,
          isReadOnly: false,
          isImmutable: true,
          isMultiple: false,
          isDynamic: false,
          title: 'CATEGORY_ID',
        },
        COLOR: {
          type: 'string',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'COLOR',
        },
        SEMANTICS: {
          type: 'char',
          isRequired: false,
          isReadOnly: false,
          isImmutable: true,
          isMultiple: false,
          isDynamic: false,
          title: 'SEMANTICS',
        },
        EXTRA: {
          type: 'crm_status_extra',
          isRequired: false,
          isReadOnly: false,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: 'Additional Fields',
        },
      },
    },
  ],
  related: listStatusSiblings('crm.status.fields'),
  operation: { kind: 'example', entity: 'status' },
})
