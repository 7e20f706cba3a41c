/**
 * crm.quote.get. Sources: the official pages api-reference/crm/quote/crm-quote-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the record as result (ids and amounts as strings, `Y`/`N` flags, empty fields as null), the
 * `ID is not defined or invalid.`, `Access denied.` and `Not found` rows and the deprecation in favour
 * of `crm.item.get`. The page reads quote 43; the answer here is the default store's quote 43
 * (specs/shared/entities.ts), without the sample portal's custom fields.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { listQuoteSiblings, quoteIdParam } from './shared/quote-method.js'

export default defineMethod({
  method: 'crm.quote.get',
  scope: 'crm',
  summary: { ru: 'Получить предложение по Id', en: 'Get a quote by ID' },
  description: {
    ru: 'Метод `crm.quote.get` возвращает предложение по идентификатору.',
    en: 'The `crm.quote.get` method returns a quote by its ID.',
  },
  access: {
    entity: 'quote',
    permission: 'read',
    description: { ru: 'пользователь с правом на чтение этого предложения', en: 'a user allowed to read this quote' },
    deniedError: 'accessDenied',
  },
  params: [quoteIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля предложения (`crm.quote.fields`): идентификаторы и суммы строками, флаги `Y`/`N`, пустые поля как null',
      en: 'The quote fields (`crm.quote.fields`): ids and amounts as strings, `Y`/`N` flags, empty fields as null',
    },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на чтение предложения', 'The user may not read the quote'),
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found',
      kind: 'notFound',
      when: { ru: 'Предложение с переданным `id` не найдено', en: 'No quote has the given `id`' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getQuote43',
      title: { ru: 'Получить предложение с `id = 43`', en: 'Get the quote with `id = 43`' },
      params: { id: 43 },
      result: {
        ID: '43',
        QUOTE_NUMBER: '43',
        TITLE: 'Estimate for Furniture Supply',
        STATUS_ID: 'SENT',
        CURRENCY_ID: 'EUR',
        OPPORTUNITY: '150000.00',
        TAX_VALUE: '0.00',
        COMPANY_ID: '1',
        CONTACT_ID: null,
        CONTACT_IDS: [],
        MYCOMPANY_ID: '340',
        BEGINDATE: '2026-03-13T03:00:00+01:00',
        CLOSEDATE: '2026-03-20T03:00:00+01:00',
        ACTUAL_DATE: '2026-03-20T03:00:00+01:00',
        OPENED: 'Y',
        CLOSED: 'N',
        COMMENTS: 'Conditions and deadlines clarified',
        CONTENT: null,
        TERMS: null,
        CLIENT_TITLE: null,
        CLIENT_ADDR: null,
        CLIENT_CONTACT: null,
        CLIENT_EMAIL: null,
        CLIENT_PHONE: null,
        CLIENT_TP_ID: null,
        CLIENT_TPA_ID: null,
        ASSIGNED_BY_ID: '1',
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: '1',
        DATE_CREATE: '2026-03-13T13:15:37+01:00',
        DATE_MODIFY: '2026-03-13T16:56:07+01:00',
        LEAD_ID: null,
        DEAL_ID: null,
        PERSON_TYPE_ID: '1',
        LOCATION_ID: null,
        UTM_SOURCE: null,
        UTM_MEDIUM: null,
        UTM_CAMPAIGN: null,
        UTM_CONTENT: null,
        UTM_TERM: null,
        LAST_ACTIVITY_TIME: '2026-03-13T13:15:37+01:00',
        LAST_ACTIVITY_BY: '1',
        UF_CRM_PAYMENT_TERMS: null,
      },
    },
  ],
  related: listQuoteSiblings('crm.quote.get'),
  deprecated: createDeprecation('crm.item.get'),
  operation: { kind: 'get', entity: 'quote', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
