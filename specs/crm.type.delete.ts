/**
 * crm.type.delete. Sources: the official page api-reference/crm/universal/user-defined-object-types/crm-type-delete.md
 * in bitrix24/b24restdocs, ru and en (scope, who may call it, `id`, the answer `[]`, the error table).
 * The example deletes the default store's smart process 16. The mock does not refuse a type that has
 * items yet (the `typeHasItems` row); the docs list it.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepItemLink } from './shared/item-docs-differences.js'
import { createErrorRow } from './shared/item-method.js'
import { createAdminAccess, typeDeniedRow, typeIdParam, typeIntranetRow, typeNotFoundRow } from './shared/type-method.js'

export default defineMethod({
  method: 'crm.type.delete',
  scope: 'crm',
  summary: { ru: 'Удалить смарт-процесс', en: 'Delete a smart process' },
  description: {
    ru: 'Метод `crm.type.delete` удаляет смарт-процесс по `id`. Смарт-процесс, в котором есть элементы, удалить нельзя.',
    en: 'The `crm.type.delete` method deletes a smart process by `id`. A smart process that still has items cannot be deleted.',
  },
  access: createAdminAccess('delete'),
  params: [typeIdParam],
  result: { type: 'array', const: [], description: { ru: 'Пустой массив при успехе', en: 'An empty array on success' } },
  errors: [
    typeIntranetRow,
    typeDeniedRow,
    createErrorRow(
      'typeHasItems',
      'BX_ERROR',
      { ru: 'Вы не можете удалить тип сущности, у которого есть элементы', en: 'You cannot delete an entity type that has elements' },
      'invalidRequest',
      'В смарт-процессе есть элементы',
      'The smart process still has items',
    ),
    typeNotFoundRow,
  ],
  errorExample: 'typeHasItems',
  examples: [
    {
      id: 'deleteType16',
      title: { ru: 'Удалить смарт-процесс 16', en: 'Delete the smart process 16' },
      params: { id: 16 },
      result: [],
    },
  ],
  related: [
    'crm.type.list',
    'crm.type.get',
    'crm.type.getByEntityTypeId',
    'crm.type.add',
    'crm.type.update',
    'crm.type.fields',
    'crm.item.delete',
  ],
  operation: { kind: 'delete', entity: 'type', by: 'id', cascade: false, notFound: 'typeNotFound', naming: 'camel' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepItemLink('crm.item.delete')]
