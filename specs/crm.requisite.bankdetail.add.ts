/**
 * crm.requisite.bankdetail.add. Sources: the official pages api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (the parent requisite required), the new id as result, the `ENTITY_ID` and
 * `Access denied.` rows; the field list: crm-requisite-bank-detail-fields.md
 * (specs/shared/bank-detail-fields.ts). The page's example adds a bank detail to requisite 27; its
 * answer's id, 357, is the portal's, here the next id after the default store's bank details.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { createOwnerRow, createRequisiteAccess, listBankDetailSiblings } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.bankdetail.add',
  scope: 'crm',
  summary: { ru: 'Добавить банковский реквизит', en: 'Add a bank detail' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.add` добавляет банковский реквизит к реквизиту и возвращает его идентификатор.',
    en: 'The `crm.requisite.bankdetail.add` method adds a bank detail to a requisite and returns its ID.',
  },
  access: createRequisiteAccess('add', 'добавления', 'add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля банковского реквизита (`crm.requisite.bankdetail.fields`). Обязателен `ENTITY_ID`: реквизит, к которому добавляют счет.',
        en: 'The bank detail fields (`crm.requisite.bankdetail.fields`). `ENTITY_ID`, the requisite the account belongs to, is required.',
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного банковского реквизита', en: 'The ID of the new bank detail' },
  },
  errors: [
    createOwnerRow('invalidEntityId', 'ENTITY_ID', 'реквизит', 'the requisite'),
    createAccessDeniedRow('У пользователя нет права на добавление банковского реквизита', 'The user may not add the bank detail'),
  ],
  errorExample: 'invalidEntityId',
  examples: [
    {
      id: 'addBankDetailToRequisite27',
      title: { ru: 'Добавить счет реквизиту 27', en: 'Add an account to requisite 27' },
      params: {
        fields: {
          ENTITY_ID: 27,
          COUNTRY_ID: 1,
          NAME: 'Superbank',
          RQ_BANK_NAME: 'Ltd. Superbank',
          RQ_BANK_ADDR: '117312, New York, 19 Miller St.',
          RQ_BIK: '044525225',
          RQ_ACC_NUM: '40702810938000060473',
          RQ_ACC_CURRENCY: 'USD',
          RQ_COR_ACC_NUM: '30101810400000000225',
          XML_ID: '1e4641fd-2dd9-31e6-b2f2-105056c00008',
          ACTIVE: 'Y',
          SORT: 600,
        },
      },
      result: 358,
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.add'),
  operation: { kind: 'add', entity: 'bankDetail', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepFinalPeriods({
  invalidEntityId: 'ENTITY_ID is not defined or invalid',
  accessDenied: 'Access denied',
})
