/**
 * crm.category.list. Sources: the official pages api-reference/crm/universal/category/crm-category-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (any user), `entityTypeId`, the pipelines as `categories`, two error rows.
 * Example-backed: a pipeline belongs to the entity type given beside its id, and the mock's record
 * operations have no such parent; the pages' own examples also reuse ids across types (see
 * specs/shared/category-method.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { categoryEntityTypeParam } from './shared/category-method.js'

export default defineMethod({
  method: 'crm.category.list',
  scope: 'crm',
  summary: { ru: 'Получить список воронок', en: 'List pipelines' },
  description: {
    ru: 'Метод `crm.category.list` возвращает воронки сделок или смарт-процесса, к которым у пользователя есть доступ.',
    en: 'The `crm.category.list` method returns the pipelines of deals or a smart process the user may see.',
  },
  access: {
    description: { ru: 'любой пользователь', en: 'any user' },
  },
  params: [categoryEntityTypeParam],
  result: {
    type: 'object',
    description: { ru: 'Воронки в ключе `categories`', en: 'The pipelines under `categories`' },
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
  ],
  errorExample: 'typeNotFound',
  examples: [
    {
      id: 'listCategoryExample',
      title: { ru: 'Воронки сделок', en: 'The deal pipelines' },
      params: { entityTypeId: 2 },
      result: {
        categories: [
          { id: 9, name: 'Funnel with Original Name', sort: 200, entityTypeId: 2, isDefault: 'N', originId: '', originatorId: '' },
          { id: 10, name: 'Lead Route', sort: 200, entityTypeId: 2, isDefault: 'N', originId: '', originatorId: '' },
          { id: 11, name: 'Path to Success', sort: 200, entityTypeId: 2, isDefault: 'N', originId: '', originatorId: '' },
          { id: 0, name: 'General', sort: 300, entityTypeId: 2, isDefault: 'Y' },
        ],
      },
      time: {
        start: 1718293410.373042,
        finish: 1718293425.947633,
        duration: 15.574590921401978,
        processing: 15.16909408569336,
        date_start: '2024-06-13T17:43:30+02:00',
        date_finish: '2024-06-13T17:43:45+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.category.add', 'crm.category.update', 'crm.category.get', 'crm.category.delete', 'crm.category.fields'],
  operation: { kind: 'example' },
})
