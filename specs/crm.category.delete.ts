/**
 * crm.category.delete. Sources: the official pages api-reference/crm/universal/category/crm-category-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `entityTypeId` and `id`, `null` as the result, nine error rows (statuses
 * are not given; 400 as the family's other pages answer).
 * Example-backed like the rest of the family: a pipeline belongs to the entity type given beside its
 * id, which the mock's record operations cannot scope by (see specs/shared/category-method.ts). It
 * answers the page's example (pipeline 5 of deals) and `notFound` for any other pipeline.
 */
import { defineMethod } from '@b24kit/spec'
import { categoryAdminAccess, categoryEntityTypeParam, categoryIdParam } from './shared/category-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.category.delete',
  scope: 'crm',
  summary: { ru: 'Удалить воронку', en: 'Delete a pipeline' },
  description: {
    ru: 'Метод `crm.category.delete` удаляет воронку сделок или смарт-процесса. Воронку по умолчанию и воронку, в которой еще есть элементы, удалить нельзя.',
    en: 'The `crm.category.delete` method deletes a pipeline of deals or a smart process. The default pipeline and a pipeline that still holds items cannot be deleted.',
  },
  access: categoryAdminAccess,
  params: [categoryEntityTypeParam, categoryIdParam],
  result: { type: 'null', const: null, description: { ru: 'Всегда `null`', en: 'Always `null`' } },
  errors: [
    createErrorRow(
      'typeNotFound',
      'NOT_FOUND',
      { ru: 'Смарт-процесс не найден', en: 'SPA not found' },
      'notFound',
      'Нет смарт-процесса с таким `entityTypeId`',
      'No smart process has this `entityTypeId`',
    ),
    createErrorRow(
      'entityTypeNotSupported',
      'ENTITY_TYPE_NOT_SUPPORTED',
      'Entity type {entityTypeName} is not supported',
      'invalidParams',
      'У этого типа объектов нет воронок',
      'This object type has no pipelines',
    ),
    createErrorRow(
      'notFound',
      'NOT_FOUND',
      { ru: 'Элемент не найден', en: 'Element not found' },
      'notFound',
      'Воронки с таким `id` нет',
      'No pipeline has this `id`',
    ),
    createErrorRow(
      'removingDisabled',
      'REMOVING_DISABLED',
      { ru: 'Удаление системной категории запрещено', en: 'Deletion of system category is prohibited' },
      'invalidParams',
      'Воронка системная',
      'The pipeline is a system one',
    ),
    createErrorRow(
      'accessDenied',
      'ACCESS_DENIED',
      { ru: 'Доступ запрещен', en: 'Access denied' },
      'accessDenied',
      'У пользователя нет права удалять воронки',
      'The user may not delete pipelines',
    ),
    createErrorRow(
      'dealsInCategory',
      '0',
      { ru: 'Найдены сделки, относящиеся к воронке {categoryName}', en: 'Deals related to the funnel {categoryName} found' },
      'invalidParams',
      'В воронке сделок еще есть сделки',
      'The deal pipeline still holds deals',
    ),
    createErrorRow(
      'defaultDealCategory',
      '0',
      { ru: 'Default deal category can not be deleted', en: 'Default deal category cannot be deleted' },
      'invalidParams',
      'Это воронка сделок по умолчанию',
      'It is the default deal pipeline',
    ),
    createErrorRow(
      'itemsInCategory',
      'BX_ERROR',
      { ru: 'Найдены элементы, относящиеся к воронке', en: 'Elements related to the funnel found' },
      'invalidParams',
      'В воронке смарт-процесса еще есть элементы',
      'The smart process pipeline still holds items',
    ),
    createErrorRow(
      'defaultCategory',
      'BX_ERROR',
      { ru: 'Эта воронка является воронкой по умолчанию', en: 'This funnel is the default funnel' },
      'invalidParams',
      'Это воронка смарт-процесса по умолчанию',
      'It is the default smart process pipeline',
    ),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteDealCategory5',
      title: { ru: 'Удалить воронку сделок 5', en: 'Delete deal pipeline 5' },
      params: { entityTypeId: 2, id: 5 },
      result: null,
      time: {
        start: 1718288046.047386,
        finish: 1718288046.892514,
        duration: 0.845128059387207,
        processing: 0.4207921028137207,
        date_start: '2024-06-13T16:14:06+02:00',
        date_finish: '2024-06-13T16:14:06+02:00',
        operating: 0,
      },
    },
  ],
  related: ['crm.category.add', 'crm.category.update', 'crm.category.get', 'crm.category.list', 'crm.category.fields'],
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'result.type',
    docs: 'null',
    reason: 'the page types the result `null`, which the importer does not map; the spec says `null` too',
  },
]
