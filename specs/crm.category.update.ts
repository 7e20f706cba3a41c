/**
 * crm.category.update. Sources: the official pages api-reference/crm/universal/category/crm-category-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `entityTypeId`, `id` and `fields`, the changed pipeline as `category`, four
 * error rows.
 * Example-backed: a pipeline belongs to the entity type given beside its id, and the mock's record
 * operations have no such parent; the pages' own examples also reuse ids across types (see
 * specs/shared/category-method.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { categoryAdminAccess, categoryEntityTypeParam, categoryIdParam } from './shared/category-method.js'

export default defineMethod({
  method: 'crm.category.update',
  scope: 'crm',
  summary: { ru: 'Изменить воронку', en: 'Update a pipeline' },
  description: {
    ru: 'Метод `crm.category.update` меняет название, сортировку или признак «по умолчанию» воронки.',
    en: 'The `crm.category.update` method changes the name, sort or default mark of a pipeline.',
  },
  access: categoryAdminAccess,
  params: [
    categoryEntityTypeParam,
    categoryIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: { ru: 'Поля для изменения: `name`, `sort`, `isDefault`.', en: 'The fields to change: `name`, `sort`, `isDefault`.' },
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Измененная воронка в ключе `category`', en: 'The changed pipeline under `category`' },
  },
  errors: [
    {
      id: 'typeNotFound',
      code: 'NOT_FOUND',
      status: 400,
      text: { ru: 'Смарт-процесс не найден', en: 'Smart process not found' },
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
    {
      id: 'notFound',
      code: 'NOT_FOUND',
      status: 400,
      text: { ru: 'Элемент не найден', en: 'Element not found' },
      kind: 'notFound',
      when: { ru: 'Воронки с таким `id` нет', en: 'No pipeline has this `id`' },
    },
    {
      id: 'accessDenied',
      code: 'ACCESS_DENIED',
      status: 400,
      text: { ru: 'Доступ запрещен', en: 'Access denied' },
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права менять воронки', en: 'The user may not change pipelines' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateCategoryExample',
      title: { ru: 'Переименовать воронку 4 смарт-процесса 1152', en: 'Rename pipeline 4 of smart process 1152' },
      params: {
        entityTypeId: 1152,
        id: 4,
        fields: { name: 'New Funnel Name', sort: 1000, isDefault: 'Y' },
      },
      result: {
        category: { id: 4, name: 'New Funnel Name', sort: 1000, entityTypeId: 1152, isDefault: 'Y' },
      },
      time: {
        start: 1718359296.368324,
        finish: 1718359296.65352,
        duration: 0.28519606590270996,
        processing: 0.03645014762878418,
        date_start: '2024-06-14T12:01:36+02:00',
        date_finish: '2024-06-14T12:01:36+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.category.add', 'crm.category.get', 'crm.category.list', 'crm.category.delete', 'crm.category.fields'],
  operation: { kind: 'example' },
})
