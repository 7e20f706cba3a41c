/**
 * crm.requisite.bankdetail.list. Sources: the official pages
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `select`, `filter`,
 * `order`, `start` and pages of 50, the `Access denied.` row. The page asks for country 1's bank
 * details by creation date: 11 and 15 to 18 in its answer; the default store also holds bank detail
 * 357 of country 1 (the get page's), created later, so it closes the list here.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { createRequisiteAccess, listBankDetailSiblings, requisiteListParams } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.bankdetail.list',
  scope: 'crm',
  summary: { ru: 'Получить список банковских реквизитов', en: 'List bank details' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.list` возвращает банковские реквизиты по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.requisite.bankdetail.list` method returns the bank details matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    ...createRequisiteAccess('read', 'чтения', 'read'),
    description: {
      ru: 'пользователь с правом «чтения» компаний и контактов',
      en: 'a user with the "read" permission on companies and contacts',
    },
  },
  params: requisiteListParams,
  result: {
    type: 'array',
    description: {
      ru: 'Банковские реквизиты страницы (не более 50); поля как у `crm.requisite.bankdetail.get`',
      en: 'The bank details of the page (at most 50), fields as `crm.requisite.bankdetail.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение банковских реквизитов', 'The user may not read bank details')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listCountry1BankDetails',
      title: { ru: 'Банковские реквизиты страны 1 по дате создания', en: "Country 1's bank details by creation date" },
      params: {
        order: { DATE_CREATE: 'ASC' },
        filter: { COUNTRY_ID: '1' },
        select: ['ENTITY_ID', 'ID', 'NAME'],
      },
      result: [
        { ENTITY_ID: '27', ID: '11', NAME: 'Chase' },
        { ENTITY_ID: '30', ID: '15', NAME: 'Alpha Bank Corp.' },
        { ENTITY_ID: '30', ID: '16', NAME: 'Chase Bank Corp.' },
        { ENTITY_ID: '45', ID: '17', NAME: 'Chase Bank Corp.' },
        { ENTITY_ID: '45', ID: '18', NAME: 'Alpha Bank Corp.' },
        { ENTITY_ID: '27', ID: '357', NAME: 'Ltd. Superbank' },
      ],
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.list'),
  operation: { kind: 'list', entity: 'bankDetail', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepFinalPeriods({ accessDenied: 'Access denied' })
