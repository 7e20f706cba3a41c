/**
 * crm.requisite.delete. Sources: the official pages
 * api-reference/crm/requisites/universal/crm-requisite-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result, the not-found,
 * `ID is not defined or invalid.` and `Access denied.` rows. The page deletes requisite 27, which the
 * default store holds; its
 * bank details and addresses go with it (the page's title and first line say so).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRequisiteAccess, createRequisiteNotFoundRow, listRequisiteSiblings, requisiteIdParam } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.delete',
  scope: 'crm',
  summary: { ru: 'Удалить реквизит', en: 'Delete a requisite' },
  description: {
    ru: 'Метод `crm.requisite.delete` удаляет реквизит по идентификатору.',
    en: 'The `crm.requisite.delete` method deletes a requisite by its ID.',
  },
  access: createRequisiteAccess('delete', 'удаления', 'delete'),
  params: [requisiteIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если реквизит удален', en: '`true` when the requisite was deleted' },
  },
  errors: [
    createRequisiteNotFoundRow(57),
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на удаление реквизита', 'The user may not delete the requisite'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteRequisite27',
      title: { ru: 'Удалить реквизит с `id = 27`', en: 'Delete the requisite with `id = 27`' },
      params: { id: 27 },
      result: true,
    },
  ],
  related: listRequisiteSiblings('crm.requisite.delete'),
  operation: { kind: 'delete', entity: 'requisite', by: 'id', cascade: true, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
