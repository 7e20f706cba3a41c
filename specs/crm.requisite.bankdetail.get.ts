/**
 * crm.requisite.bankdetail.get. Sources: the official pages
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the record as
 * result (ids as strings, empty fields as null), the `ID is not defined or invalid.`, not-found and
 * `Access denied.` rows. The page reads bank detail 357, which the default store holds
 * (specs/shared/entities.ts). The server puts the asked id into the not-found text
 * (specs/shared/requisite-method.ts).
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
  method: 'crm.requisite.bankdetail.get',
  scope: 'crm',
  summary: { ru: 'Получить банковский реквизит по Id', en: 'Get a bank detail by ID' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.get` возвращает банковский реквизит по идентификатору.',
    en: 'The `crm.requisite.bankdetail.get` method returns a bank detail by its ID.',
  },
  access: createRequisiteAccess('read', 'чтения', 'read'),
  params: [bankDetailIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля банковского реквизита (`crm.requisite.bankdetail.fields`): идентификаторы строками, пустые поля как null',
      en: 'The bank detail fields (`crm.requisite.bankdetail.fields`): ids as strings, empty fields as null',
    },
  },
  errors: [
    invalidIdRow,
    createRequisiteNotFoundRow(357, 'RequisiteBankDetail', bankDetailOf),
    createAccessDeniedRow('У пользователя нет права на чтение банковского реквизита', 'The user may not read the bank detail'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getBankDetail357',
      title: { ru: 'Получить банковский реквизит с `id = 357`', en: 'Get the bank detail with `id = 357`' },
      params: { id: 357 },
      result: {
        ID: '357',
        ENTITY_ID: '27',
        COUNTRY_ID: '1',
        DATE_CREATE: '2024-06-03T17:52:22+02:00',
        DATE_MODIFY: null,
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: null,
        NAME: 'Ltd. Superbank',
        CODE: null,
        XML_ID: '1e4641fd-2dd9-31e6-b2f2-105056c00008',
        ACTIVE: 'Y',
        SORT: '600',
        RQ_BANK_NAME: 'Ltd. Superbank',
        RQ_BANK_ADDR: '117312, New York, 19 Miller St.',
        RQ_BANK_CODE: null,
        RQ_AGENCY_NAME: null,
        RQ_BANK_ROUTE_NUM: null,
        RQ_BIK: '044525225',
        RQ_MFO: null,
        RQ_ACC_NAME: null,
        RQ_ACC_NUM: '40702810938000060473',
        RQ_ACC_TYPE: null,
        RQ_IIK: null,
        RQ_ACC_CURRENCY: 'USD',
        RQ_COR_ACC_NUM: '30101810400000000225',
        RQ_IBAN: null,
        RQ_SWIFT: null,
        RQ_BIC: null,
        RQ_CODEB: null,
        RQ_CODEG: null,
        RQ_RIB: null,
        COMMENTS: null,
        ORIGINATOR_ID: null,
      },
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.get'),
  operation: { kind: 'get', entity: 'bankDetail', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepFinalPeriods({
  invalidId: 'ID is not defined or invalid',
  accessDenied: 'Access denied',
})
