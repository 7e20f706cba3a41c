/**
 * crm.category.add. Sources: the official pages api-reference/crm/universal/category/crm-category-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `entityTypeId` and `fields`, the new pipeline as `category`, six error rows.
 * Example-backed: a pipeline belongs to the entity type given beside its id, and the mock's record
 * operations have no such parent; the pages' own examples also reuse ids across types (see
 * specs/shared/category-method.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { categoryAdminAccess, categoryEntityTypeParam } from './shared/category-method.js'

export default defineMethod({
  method: 'crm.category.add',
  scope: 'crm',
  summary: { ru: 'Добавить воронку', en: 'Add a pipeline' },
  description: {
    ru: 'Метод `crm.category.add` создает воронку (направление) у сделок или смарт-процесса.',
    en: 'The `crm.category.add` method creates a pipeline for deals or a smart process.',
  },
  access: categoryAdminAccess,
  params: [
    categoryEntityTypeParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля воронки (`crm.category.fields`): `name` обязателен, также `sort`, `isDefault`.',
        en: 'The pipeline fields (`crm.category.fields`): `name` is required; also `sort`, `isDefault`.',
      },
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Новая воронка в ключе `category`', en: 'The new pipeline under `category`' },
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
    {
      id: 'addingDisabled',
      code: 'ADDING_DISABLED',
      status: 400,
      text: { ru: 'Добавление системной категории запрещено', en: 'Adding a system category is prohibited' },
      kind: 'invalidParams',
      when: { ru: 'Попытка создать системную воронку смарт-процесса', en: 'An attempt to create a system pipeline of a smart process' },
    },
    {
      id: 'accessDenied',
      code: 'ACCESS_DENIED',
      status: 400,
      text: { ru: 'Доступ запрещен', en: 'Access denied' },
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права добавлять воронки', en: 'The user may not add pipelines' },
    },
    {
      id: 'nameRequired',
      code: '0',
      status: 400,
      text: "Field 'NAME' is required",
      kind: 'invalidParams',
      when: { ru: 'Не передано название `name`', en: 'The name `name` is missing' },
    },
    {
      id: 'defaultClientCategory',
      code: '0',
      status: 400,
      text: 'Default client category does not support updating default state',
      kind: 'invalidParams',
      when: {
        ru: 'Воронку по умолчанию пытаются создать у контактов или компаний',
        en: 'A default pipeline is asked for contacts or companies',
      },
    },
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'addDefaultPipeline',
      title: { ru: 'Добавить воронку по умолчанию смарт-процессу 1152', en: 'Add a default pipeline to smart process 1152' },
      params: {
        entityTypeId: 1152,
        fields: { name: 'New Default Funnel', sort: 50, isDefault: 'Y' },
      },
      result: {
        category: { id: 5, name: 'New Default Funnel', sort: 50, entityTypeId: 1152, isDefault: 'Y' },
      },
      time: {
        start: 1718116794.208887,
        finish: 1718116794.666272,
        duration: 0.4573848247528076,
        processing: 0.1496260166168213,
        date_start: '2024-06-11T16:39:54+02:00',
        date_finish: '2024-06-11T16:39:54+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.category.update', 'crm.category.get', 'crm.category.list', 'crm.category.delete', 'crm.category.fields'],
  operation: { kind: 'example' },
})
