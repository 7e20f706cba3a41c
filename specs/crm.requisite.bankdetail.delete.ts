/**
 * crm.requisite.bankdetail.delete. Sources: the official pages
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `true` as result,
 * the `ID is not defined or invalid.`, not-found and `Access denied.` rows. The page deletes bank
 * detail 357, which the default store holds; nothing goes with it.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import {
  bankDetailIdParam,
  bankDetailOf,
  createRequisiteAccess,
  createRequisiteNotFoundRow,
  listBankDetailSiblings,
} from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.bankdetail.delete',
  scope: 'crm',
  summary: { ru: 'Удалить банковский реквизит', en: 'Delete a bank detail' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.delete` удаляет банковский реквизит по идентификатору.',
    en: 'The `crm.requisite.bankdetail.delete` method deletes a bank detail by its ID.',
  },
  access: createRequisiteAccess('delete', 'удаления', 'delete'),
  params: [bankDetailIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если банковский реквизит удален', en: '`true` when the bank detail was deleted' },
  },
  errors: [
    invalidIdRow,
    createRequisiteNotFoundRow(357, 'RequisiteBankDetail', bankDetailOf),
    createAccessDeniedRow('У пользователя нет права на удаление банковского реквизита', 'The user may not delete the bank detail'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteBankDetail357',
      title: { ru: 'Удалить банковский реквизит с `id = 357`', en: 'Delete the bank detail with `id = 357`' },
      params: { id: 357 },
      result: true,
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.delete'),
  operation: { kind: 'delete', entity: 'bankDetail', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepFinalPeriods({
  invalidId: 'ID is not defined or invalid',
  accessDenied: 'Access denied',
})
