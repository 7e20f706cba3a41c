/**
 * crm.company.get. Sources: the official pages api-reference/crm/companies/crm-company-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the record as result (ids and amounts as strings, `Y`/`N` flags, multi-fields as lists of
 * `{ID, VALUE_TYPE, VALUE, TYPE_ID}`, empty fields as null), the `Access denied` and `Not found`
 * rows and the deprecation in favour of `crm.item.get`. The `ID is not defined or invalid.` row: the
 * sibling pages of crm.contact.get and crm.lead.get (one server path). The page reads company 12
 * (its sample answer shows another portal's company); the answer here is the default store's
 * company 12 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { companyIdParam, companyNotFoundRow, listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.company.get',
  scope: 'crm',
  summary: { ru: 'Получить компанию по Id', en: 'Get a company by ID' },
  description: {
    ru: 'Метод `crm.company.get` возвращает компанию по идентификатору.',
    en: 'The `crm.company.get` method returns a company by its ID.',
  },
  access: {
    entity: 'company',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение этой компании', en: 'a user allowed to read this company' },
    deniedError: 'accessDenied',
  },
  params: [companyIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля компании (`crm.company.fields`): идентификаторы и суммы строками, флаги `Y`/`N`, множественные поля списками',
      en: 'The company fields (`crm.company.fields`): ids and amounts as strings, `Y`/`N` flags, multi-fields as lists',
    },
  },
  errors: [
    invalidIdRow,
    companyNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на чтение компании', 'The user may not read the company'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getCompany12',
      title: { ru: 'Получить компанию с `id = 12`', en: 'Get the company with `id = 12`' },
      params: { id: 12 },
      result: {
        ID: '12',
        TITLE: 'Crossroads',
        COMPANY_TYPE: 'CUSTOMER',
        LOGO: null,
        BANKING_DETAILS: null,
        INDUSTRY: 'IT',
        EMPLOYEES: 'EMPLOYEES_1',
        CURRENCY_ID: 'EUR',
        REVENUE: '0',
        OPENED: 'Y',
        COMMENTS: null,
        HAS_PHONE: 'Y',
        HAS_EMAIL: 'N',
        HAS_IMOL: 'N',
        IS_MY_COMPANY: 'N',
        ASSIGNED_BY_ID: '1',
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: '1',
        DATE_CREATE: '2025-03-11T16:36:46+01:00',
        DATE_MODIFY: '2025-03-11T16:36:46+01:00',
        CONTACT_ID: [],
        LEAD_ID: null,
        ORIGINATOR_ID: null,
        ORIGIN_ID: null,
        ORIGIN_VERSION: null,
        ADDRESS: null,
        ADDRESS_2: null,
        ADDRESS_CITY: null,
        ADDRESS_POSTAL_CODE: null,
        ADDRESS_REGION: null,
        ADDRESS_PROVINCE: null,
        ADDRESS_COUNTRY: null,
        ADDRESS_COUNTRY_CODE: null,
        ADDRESS_LOC_ADDR_ID: null,
        UTM_SOURCE: null,
        UTM_MEDIUM: null,
        UTM_CAMPAIGN: null,
        UTM_CONTENT: null,
        UTM_TERM: null,
        LAST_ACTIVITY_TIME: '2025-03-11T16:36:46+01:00',
        LAST_ACTIVITY_BY: '1',
        UF_CRM_TAX_OFFICE: null,
        PHONE: [{ ID: '8303', VALUE_TYPE: 'WORK', VALUE: '+19998887766', TYPE_ID: 'PHONE' }],
      },
    },
  ],
  related: listCompanySiblings('crm.company.get'),
  deprecated: createDeprecation('crm.item.get'),
  operation: { kind: 'get', entity: 'company', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: "the server answers a missing or bad id with this row, as the sibling get pages list; this page's table leaves it out",
  },
]
