/**
 * crm.requisite.link.list. Sources: the official pages
 * api-reference/crm/requisites/links/crm-requisite-link-list.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `select`, `filter`, `order`, `start`,
 * the `Access denied.` row (its sample answer). Example-backed (specs/shared/requisite-link-method.ts):
 * the page lists the links of leads, deals, quotes and invoices by object id.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createLinkAccess, createLinkAccessDifference, listLinkSiblings } from './shared/requisite-link-method.js'
import { requisiteListParams } from './shared/requisite-method.js'

/** One row of the page's answer, every id as a string. */
const row = (type: number, id: number, requisite: number, bank: number, mcRequisite: number, mcBank: number) => ({
  ENTITY_TYPE_ID: String(type),
  ENTITY_ID: String(id),
  REQUISITE_ID: String(requisite),
  BANK_DETAIL_ID: String(bank),
  MC_REQUISITE_ID: String(mcRequisite),
  MC_BANK_DETAIL_ID: String(mcBank),
})

export default defineMethod({
  method: 'crm.requisite.link.list',
  scope: 'crm',
  summary: { ru: 'Получить список связей с реквизитами', en: 'List requisite links' },
  description: {
    ru: 'Метод `crm.requisite.link.list` возвращает связи объектов с реквизитами по фильтру, по 50 на страницу.',
    en: 'The `crm.requisite.link.list` method returns the requisite links of objects matching a filter, 50 per page.',
  },
  access: createLinkAccess('чтения', 'read'),
  params: requisiteListParams,
  result: {
    type: 'array',
    description: {
      ru: 'Связи страницы; поля как в `crm.requisite.link.fields`',
      en: 'The links of the page, fields as `crm.requisite.link.fields` lists them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на чтение объектов CRM', 'The user may not read CRM objects')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listLinksByObject',
      title: { ru: 'Связи лидов, сделок, предложений и счетов', en: 'The links of leads, deals, quotes and invoices' },
      params: { order: { ENTITY_ID: 'ASC' }, filter: { '@ENTITY_TYPE_ID': [1, 2, 7, 31] } },
      result: [
        row(7, 1, 0, 0, 0, 0),
        row(7, 2, 0, 0, 0, 0),
        row(7, 3, 0, 0, 0, 0),
        row(7, 4, 7, 0, 2, 2),
        row(7, 5, 0, 0, 2, 2),
        row(7, 6, 0, 0, 2, 2),
        row(2, 25, 38, 0, 0, 0),
        row(31, 315, 60, 24, 2, 2),
      ],
    },
  ],
  related: listLinkSiblings('crm.requisite.link.list'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  createLinkAccessDifference('read'),
  ...keepTextsFromCodeColumn({ accessDenied: 'Access denied' }),
]
