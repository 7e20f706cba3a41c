/**
 * crm.address.list. Sources: the official pages api-reference/crm/requisites/addresses/crm-address-list.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select`, `filter`, `order`, `start`, the `Access denied` row. Example-backed
 * (specs/shared/address-method.ts): the page lists requisite 7335's addresses by type.
 */
import { defineMethod } from '@b24kit/spec'
import { createAddressDeniedRow, explainAddressPage, listAddressSiblings } from './shared/address-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { requisiteListParams } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.address.list',
  scope: 'crm',
  summary: { ru: 'Получить список адресов', en: 'List addresses' },
  description: {
    ru: 'Метод `crm.address.list` возвращает адреса по фильтру, по 50 на страницу.',
    en: 'The `crm.address.list` method returns the addresses matching a filter, 50 per page.',
  },
  access: {
    description: {
      ru: 'пользователь с правом «чтения» контактов, компаний и лидов',
      en: 'a user with the "read" permission on contacts, companies and leads',
    },
  },
  params: requisiteListParams,
  result: {
    type: 'array',
    description: {
      ru: 'Адреса страницы; поля как в `crm.address.fields`',
      en: 'The addresses of the page, fields as `crm.address.fields` lists them',
    },
  },
  errors: [createAddressDeniedRow('на чтение', 'read')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listRequisiteAddresses',
      title: { ru: 'Адреса реквизита 7335 по типу', en: "Requisite 7335's addresses by type" },
      params: { order: { TYPE_ID: 'asc' }, filter: { ENTITY_TYPE_ID: 8, ENTITY_ID: 7335 } },
      result: [
        {
          TYPE_ID: '1',
          ENTITY_TYPE_ID: '8',
          ENTITY_ID: '7335',
          ADDRESS_1: 'Address 1',
          ADDRESS_2: '701',
          CITY: 'Los Angeles',
          POSTAL_CODE: '625003',
          REGION: 'California',
          PROVINCE: 'California',
          COUNTRY: 'USA',
          COUNTRY_CODE: null,
          LOC_ADDR_ID: '479',
          ANCHOR_TYPE_ID: '3',
          ANCHOR_ID: '17192',
        },
      ],
    },
  ],
  related: listAddressSiblings('crm.address.list'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = explainAddressPage('read', {}, false)
