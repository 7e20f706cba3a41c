/**
 * crm.deal.get. Sources: the official pages api-reference/crm/deals/crm-deal-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the record as result (ids and amounts as strings, `Y`/`N` flags, empty fields as null), the
 * three error rows and the deprecation in favour of `crm.item.get`. The page reads deal 410; the
 * default store holds it with the page's values (specs/shared/entities.ts), and the answer is what
 * the mock prints for it: the page's parent link and custom field belong to its own portal.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import { dealNotFoundRow, dealRecordIdParam, listDealSiblings } from './shared/deal-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.deal.get',
  scope: 'crm',
  summary: { ru: 'Получить сделку по Id', en: 'Get a deal by ID' },
  description: {
    ru: 'Метод `crm.deal.get` возвращает сделку по идентификатору.',
    en: 'The `crm.deal.get` method returns a deal by its ID.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение этой сделки', en: 'a user allowed to read this deal' },
    deniedError: 'accessDenied',
  },
  params: [dealRecordIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля сделки (`crm.deal.fields`): идентификаторы и суммы строками, флаги `Y`/`N`, пустые поля как null',
      en: 'The deal fields (`crm.deal.fields`): ids and amounts as strings, `Y`/`N` flags, empty fields as null',
    },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на чтение сделки', 'The user may not read the deal'),
    dealNotFoundRow,
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'getDeal410',
      title: { ru: 'Получить сделку с `id = 410`', en: 'Get the deal with `id = 410`' },
      params: { id: 410 },
      result: {
        ID: '410',
        TITLE: 'New Deal #1',
        TYPE_ID: 'COMPLEX',
        CATEGORY_ID: '0',
        STAGE_ID: 'PREPARATION',
        STAGE_SEMANTIC_ID: 'P',
        IS_NEW: 'N',
        IS_RECURRING: 'N',
        IS_RETURN_CUSTOMER: 'N',
        IS_REPEATED_APPROACH: 'N',
        PROBABILITY: '99',
        CURRENCY_ID: 'EUR',
        OPPORTUNITY: '1000000.00',
        IS_MANUAL_OPPORTUNITY: 'Y',
        TAX_VALUE: '0.00',
        COMPANY_ID: '9',
        CONTACT_ID: '84',
        CONTACT_IDS: ['84'],
        QUOTE_ID: null,
        BEGINDATE: '2024-08-30T02:00:00+02:00',
        CLOSEDATE: '2024-09-09T02:00:00+02:00',
        OPENED: 'Y',
        CLOSED: 'N',
        COMMENTS: '[B]Example comment[/B]',
        ASSIGNED_BY_ID: '1',
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: '1',
        DATE_CREATE: '2024-08-30T14:29:00+02:00',
        DATE_MODIFY: '2024-08-30T14:29:00+02:00',
        MOVED_BY_ID: '1',
        MOVED_TIME: '2024-08-30T14:29:00+02:00',
        SOURCE_ID: 'CALLBACK',
        SOURCE_DESCRIPTION: 'Additional source information',
        LEAD_ID: null,
        ADDITIONAL_INFO: 'Additional information',
        LOCATION_ID: null,
        ORIGINATOR_ID: null,
        ORIGIN_ID: null,
        UTM_SOURCE: 'google',
        UTM_MEDIUM: 'CPC',
        UTM_CAMPAIGN: null,
        UTM_CONTENT: null,
        UTM_TERM: null,
        LAST_ACTIVITY_TIME: '2024-08-30T14:29:00+02:00',
        LAST_ACTIVITY_BY: '1',
        UF_CRM_DELIVERY_NOTE: null,
      },
    },
  ],
  related: listDealSiblings('crm.deal.get'),
  deprecated: createDeprecation('crm.item.get'),
  operation: { kind: 'get', entity: 'deal', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
]
