/**
 * crm.category.fields. Sources: the official pages api-reference/crm/universal/category/crm-category-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (any user), `entityTypeId`, the field descriptions under `fields`, two error rows.
 * Example-backed: a pipeline belongs to the entity type given beside its id, and the mock's record
 * operations have no such parent; the pages' own examples also reuse ids across types (see
 * specs/shared/category-method.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { categoryEntityTypeParam } from './shared/category-method.js'

export default defineMethod({
  method: 'crm.category.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля воронки', en: 'Get the pipeline fields' },
  description: {
    ru: 'Метод `crm.category.fields` описывает поля воронки: тип, обязательность, доступность для изменения и название.',
    en: 'The `crm.category.fields` method describes the pipeline fields: type, whether required or writable, and title.',
  },
  access: {
    description: { ru: 'любой пользователь', en: 'any user' },
  },
  params: [categoryEntityTypeParam],
  result: {
    type: 'object',
    description: { ru: 'Описания полей в ключе `fields`', en: 'The field descriptions under `fields`' },
  },
  errors: [
    {
      id: 'typeNotFound',
      code: 'NOT_FOUND',
      status: 400,
      text: { ru: 'Смарт-процесс не найден', en: 'SPA not found' },
      kind: 'notFound',
      when: { ru: 'Нет смарт-процесса с таким `entityTypeId`', en: 'No smart process has this `entityTypeId`' },
    },
    {
      id: 'entityTypeNotSupported',
      code: 'ENTITY_TYPE_NOT_SUPPORTED',
      status: 400,
      text: 'Entity type {entityTypeName} is not supported',
      kind: 'invalidParams',
      when: { ru: 'У этого типа объектов нет воронок', en: 'This object type has no pipelines' },
    },
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'fieldsCategoryExample',
      title: { ru: 'Поля воронки сделок', en: 'The deal pipeline fields' },
      params: { entityTypeId: 2 },
      result: {
        fields: {
          id: {
            type: 'integer',
            isRequired: false,
            isReadOnly: true,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'ID',
            upperName: 'ID',
          },
          name: {
            type: 'string',
            isRequired: false,
            isReadOnly: false,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'NAME',
            upperName: 'NAME',
          },
          sort: {
            type: 'integer',
            isRequired: false,
            isReadOnly: false,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'SORT',
            upperName: 'SORT',
          },
          entityTypeId: {
            type: 'integer',
            isRequired: true,
            isReadOnly: true,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'ENTITY_TYPE_ID',
            upperName: 'ENTITY_TYPE_ID',
          },
          isDefault: {
            type: 'boolean',
            isRequired: false,
            isReadOnly: true,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'IS_DEFAULT',
            upperName: 'IS_DEFAULT',
          },
          originId: {
            type: 'string',
            isRequired: false,
            isReadOnly: false,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'ORIGIN_ID',
            upperName: 'ORIGIN_ID',
          },
          originatorId: {
            type: 'string',
            isRequired: false,
            isReadOnly: false,
            isImmutable: false,
            isMultiple: false,
            isDynamic: false,
            title: 'ORIGINATOR_ID',
            upperName: 'ORIGINATOR_ID',
          },
        },
      },
      time: {
        start: 1718098629.350263,
        finish: 1718098629.800741,
        duration: 0.45047783851623535,
        processing: 0.02919292449951172,
        date_start: '2024-06-11T11:37:09+02:00',
        date_finish: '2024-06-11T11:37:09+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.category.add', 'crm.category.update', 'crm.category.get', 'crm.category.list', 'crm.category.delete'],
  operation: { kind: 'example' },
})
