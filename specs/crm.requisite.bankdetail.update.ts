/**
 * crm.requisite.bankdetail.update. Sources: the official pages
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-update.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `fields`, `true` as
 * result, the `ID is not defined or invalid.`, not-found and `Access denied.` rows. The page's example
 * retires bank detail 357, which the default store holds. Its table words the not-found text with the
 * `Requisite` class name, as printed here; the get and delete pages say `RequisiteBankDetail`.
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
  method: 'crm.requisite.bankdetail.update',
  scope: 'crm',
  summary: { ru: 'Изменить банковский реквизит', en: 'Update a bank detail' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.update` изменяет поля банковского реквизита. Поля, не переданные в `fields`, остаются как были.',
    en: 'The `crm.requisite.bankdetail.update` method changes the fields of a bank detail. Fields left out of `fields` keep their values.',
  },
  access: createRequisiteAccess('update', 'изменения', 'edit'),
  params: [
    bankDetailIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля (`crm.requisite.bankdetail.fields`).',
        en: 'The fields to change (`crm.requisite.bankdetail.fields`).',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если банковский реквизит изменен', en: '`true` when the bank detail was changed' },
  },
  errors: [
    invalidIdRow,
    createRequisiteNotFoundRow(357, 'Requisite', bankDetailOf),
    createAccessDeniedRow('У пользователя нет права на изменение банковского реквизита', 'The user may not edit the bank detail'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'retireBankDetail357',
      title: { ru: 'Отключить банковский реквизит 357', en: 'Retire bank detail 357' },
      params: {
        id: 357,
        fields: { NAME: 'Ltd. Superbank (do not use)', COMMENTS: 'Outdated', SORT: 10000, ACTIVE: 'N' },
      },
      result: true,
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.update'),
  operation: { kind: 'update', entity: 'bankDetail', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepFinalPeriods({
  invalidId: 'ID is not defined or invalid',
  accessDenied: 'Access denied',
})
