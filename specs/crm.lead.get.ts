/**
 * crm.lead.get. Sources: the official pages api-reference/crm/leads/crm-lead-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the record as result (ids and amounts as strings, `Y`/`N` flags, PHONE and IM as lists of
 * `{ID, VALUE_TYPE, VALUE, TYPE_ID}`, empty fields as null), the three error rows and the
 * deprecation in favour of `crm.item.get`. The page reads lead 123 as the example does; the answer
 * is the default store's lead 123 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { keepSiblingLinks, leadIdParam, leadNotFoundRow, listLeadSiblings } from './shared/lead-method.js'

export default defineMethod({
  method: 'crm.lead.get',
  scope: 'crm',
  summary: { ru: 'Получить лид по Id', en: 'Get a lead by ID' },
  description: {
    ru: 'Метод `crm.lead.get` возвращает лид по идентификатору.',
    en: 'The `crm.lead.get` method returns a lead by its ID.',
  },
  access: {
    entity: 'lead',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение этого лида', en: 'a user allowed to read this lead' },
    deniedError: 'accessDenied',
  },
  params: [leadIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля лида (`crm.lead.fields`): идентификаторы и суммы строками, флаги `Y`/`N`, множественные поля списками',
      en: 'The lead fields (`crm.lead.fields`): ids and amounts as strings, `Y`/`N` flags, multi-fields as lists',
    },
  },
  errors: [
    invalidIdRow,
    leadNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на чтение лида', 'The user may not read the lead'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getLead123',
      title: { ru: 'Получить лид с `id = 123`', en: 'Get the lead with `id = 123`' },
      params: { id: 123 },
      result: {
        ID: '123',
        TITLE: 'Website request',
        HONORIFIC: null,
        NAME: null,
        SECOND_NAME: null,
        LAST_NAME: null,
        COMPANY_TITLE: null,
        COMPANY_ID: null,
        CONTACT_ID: null,
        CONTACT_IDS: [],
        IS_RETURN_CUSTOMER: 'N',
        BIRTHDATE: null,
        SOURCE_ID: 'WEB',
        SOURCE_DESCRIPTION: null,
        STATUS_ID: 'NEW',
        STATUS_DESCRIPTION: null,
        POST: null,
        COMMENTS: null,
        CURRENCY_ID: 'EUR',
        OPPORTUNITY: '0.00',
        IS_MANUAL_OPPORTUNITY: 'N',
        HAS_PHONE: 'Y',
        HAS_EMAIL: 'N',
        HAS_IMOL: 'N',
        ASSIGNED_BY_ID: '1',
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: '1',
        DATE_CREATE: '2024-08-15T15:05:09+02:00',
        DATE_MODIFY: '2024-08-15T15:05:09+02:00',
        DATE_CLOSED: null,
        STATUS_SEMANTIC_ID: 'P',
        OPENED: 'Y',
        ORIGINATOR_ID: null,
        ORIGIN_ID: null,
        MOVED_BY_ID: '1',
        MOVED_TIME: '2024-08-15T15:05:09+02:00',
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
        LAST_ACTIVITY_BY: '1',
        LAST_ACTIVITY_TIME: '2024-08-15T15:05:09+02:00',
        UF_CRM_REFERRER: null,
        PHONE: [{ ID: '11658', VALUE_TYPE: 'OTHER', VALUE: '+15454777777', TYPE_ID: 'PHONE' }],
      },
    },
  ],
  related: listLeadSiblings('crm.lead.get'),
  deprecated: createDeprecation('crm.item.get'),
  operation: { kind: 'get', entity: 'lead', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
  ...keepSiblingLinks(listLeadSiblings('crm.lead.get')),
]
