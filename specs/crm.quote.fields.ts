/**
 * crm.quote.fields. Sources: the official pages api-reference/crm/quote/crm-quote-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, no parameters,
 * field name -> type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, statusType, title,
 * and the deprecation in favour of `crm.item.fields`. The example's answer is built from the field
 * list the mock serves (specs/shared/quote-fields.ts), titles in the default portal language (ru), then the default store's custom field.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { quoteFields } from './shared/quote-fields.js'
import { listQuoteSiblings } from './shared/quote-method.js'
import { describeUserField } from './shared/userfield-method.js'
import { quotePaymentTermsField } from './shared/userfield-owners.js'

export default defineMethod({
  method: 'crm.quote.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля предложения', en: 'Get the quote fields' },
  description: {
    ru: 'Метод `crm.quote.fields` возвращает описание полей предложения, в том числе пользовательских.',
    en: 'The `crm.quote.fields` method returns the description of the quote fields, custom ones included.',
  },
  access: {
    entity: 'quote',
    permission: 'read',
    description: { ru: 'любой пользователь с доступом к CRM', en: 'any user with access to CRM' },
    deniedError: 'accessDenied',
  },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет доступа к CRM', 'The user has no access to CRM')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'getQuoteFields',
      title: { ru: 'Получить поля предложения', en: 'Get the quote fields' },
      params: {},
      result: { ...describeFields(quoteFields), ...describeUserField(quotePaymentTermsField) },
    },
  ],
  related: listQuoteSiblings('crm.quote.fields'),
  deprecated: createDeprecation('crm.item.fields'),
  operation: { kind: 'fields', entity: 'quote' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'result.type',
    docs: 'array',
    reason: "the answer is an object keyed by field name, as the page's own sample answer shows; the table's type is loose",
  },
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: 'the server refuses a user without access to CRM with this row, as the sibling fields pages list; this page lists no errors',
  },
  {
    path: 'related.crm.quote.userfield.add',
    docs: 'present',
    reason: 'no spec describes crm.quote.userfield.add yet; `related` links only methods the tree has',
  },
  {
    path: 'related.crm.quote.list',
    docs: '(absent)',
    reason: 'the spec links the whole quote family, as the sibling pages do',
  },
]
