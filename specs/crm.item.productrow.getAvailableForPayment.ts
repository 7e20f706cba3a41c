/**
 * crm.item.productrow.getAvailableForPayment. Sources: the official pages
 * api-reference/crm/universal/product-rows/crm-item-productrow-get-available-for-payment.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `ownerId`, `ownerType`, the answer `{ productRows }`, the error table and the sample
 * `ACCESS_DENIED` answer. Example-backed: which rows are still unpaid depends on the owner's
 * payments, which the mock does not keep; it answers the page's rows 17657 and 17658 of deal 13144.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { unpaidRows } from './shared/product-row-entities.js'
import {
  createProductRowDeniedRow,
  createRowsResult,
  listProductRowSiblings,
  ownerIdParam,
  ownerTypeParam,
  productRowRowsNotModelled,
} from './shared/product-row-method.js'

export default defineMethod({
  method: 'crm.item.productrow.getAvailableForPayment',
  scope: 'crm',
  summary: { ru: 'Неоплаченные товарные позиции объекта', en: "An object's product rows not yet paid for" },
  description: {
    ru: 'Метод `crm.item.productrow.getAvailableForPayment` возвращает товарные позиции объекта CRM, которые еще не вошли ни в одну оплату клиента.',
    en: 'The `crm.item.productrow.getAvailableForPayment` method returns the product rows of a CRM object that no payment of the client covers yet.',
  },
  access: {
    entity: 'productRow',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение объекта CRM', en: 'a user allowed to read the CRM object' },
    deniedError: 'accessDenied',
  },
  params: [ownerIdParam, ownerTypeParam],
  result: createRowsResult('Неоплаченные позиции в `productRows`', 'The unpaid rows in `productRows`'),
  errors: [createProductRowDeniedRow('У пользователя нет права на чтение объекта-владельца', 'The user may not read the owning object')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'unpaidRowsOfDeal13144',
      title: { ru: 'Неоплаченные позиции сделки 13144', en: "Deal 13144's unpaid rows" },
      params: { ownerType: 'D', ownerId: 13144 },
      result: { productRows: unpaidRows },
    },
  ],
  related: listProductRowSiblings('crm.item.productrow.getAvailableForPayment'),
  operation: { kind: 'example', entity: 'productRow' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...productRowRowsNotModelled(['100', '0'])]
