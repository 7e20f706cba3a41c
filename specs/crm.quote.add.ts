/**
 * crm.quote.add. Sources: the official pages api-reference/crm/quote/crm-quote-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` and `params` (`IMPORT` and the audit fields it lets through), the new id as result, the
 * `Access denied.` row and the deprecation in favour of `crm.item.add`; the field list:
 * crm-quote-fields.md (specs/shared/quote-fields.ts). The page's example sends the same fields; its
 * answer's id, 43, is the portal's, here the next id after the default store's quote 43.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { listQuoteSiblings, quoteProductRowLinks, quoteWriteRowsNotModelled } from './shared/quote-method.js'

export default defineMethod({
  method: 'crm.quote.add',
  scope: 'crm',
  summary: { ru: 'Создать предложение', en: 'Add a quote' },
  description: {
    ru: 'Метод `crm.quote.add` создает новое предложение и возвращает его идентификатор.',
    en: 'The `crm.quote.add` method creates a quote and returns its ID.',
  },
  access: {
    entity: 'quote',
    permission: 'add',
    description: { ru: 'пользователь с правом на создание предложений', en: 'a user allowed to create quotes' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля предложения (`crm.quote.fields`); поля только для чтения пропускаются. `TITLE` обязателен.',
        en: 'The quote fields (`crm.quote.fields`); read-only fields are skipped. `TITLE` is required.',
      },
    },
    {
      name: 'params',
      type: 'object',
      required: false,
      description: {
        ru: 'Набор параметров: `IMPORT` (`Y`/`N`) включает режим импорта, в котором можно задать `DATE_CREATE`, `DATE_MODIFY`, `CREATED_BY_ID` и `MODIFY_BY_ID`.',
        en: 'Options: `IMPORT` (`Y`/`N`) turns on import mode, which lets `DATE_CREATE`, `DATE_MODIFY`, `CREATED_BY_ID` and `MODIFY_BY_ID` be set.',
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного предложения', en: 'The ID of the new quote' },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на создание предложений', 'The user may not create quotes')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addQuote',
      title: { ru: 'Создать черновик предложения для компании', en: 'Add a draft quote for a company' },
      params: {
        fields: {
          TITLE: 'Estimate for Furniture Supply',
          STATUS_ID: 'DRAFT',
          OPENED: 'Y',
          ASSIGNED_BY_ID: 1,
          CURRENCY_ID: 'USD',
          OPPORTUNITY: 150000,
          COMPANY_ID: 1,
          MYCOMPANY_ID: 3,
          COMMENTS: 'Prepared upon client request',
          BEGINDATE: '2026-03-13T10:00:00+01:00',
          CLOSEDATE: '2026-03-20T18:00:00+01:00',
        },
        params: { IMPORT: 'N' },
      },
      result: 44,
    },
  ],
  related: [...listQuoteSiblings('crm.quote.add'), ...quoteProductRowLinks],
  deprecated: createDeprecation('crm.item.add'),
  operation: { kind: 'add', entity: 'quote', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...quoteWriteRowsNotModelled]
