/**
 * crm.deal.fields. Sources: the official pages api-reference/crm/deals/crm-deal-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, any user may call
 * it, no parameters, field name -> type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic,
 * statusType, title, and the deprecation in favour of `crm.item.fields`. The example's answer is
 * built from the field list the mock serves (specs/shared/deal-fields.ts), titles in the default
 * portal language (ru), then the default store's custom deal field.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import { dealFields } from './shared/deal-fields.js'
import { listDealSiblings } from './shared/deal-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { dealNoteField, describeUserField } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.deal.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля сделки', en: 'Get the deal fields' },
  description: {
    ru: 'Метод `crm.deal.fields` возвращает описание полей сделки, в том числе пользовательских.',
    en: 'The `crm.deal.fields` method returns the description of the deal fields, custom ones included.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'любой пользователь', en: 'any user' },
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
      id: 'getDealFields',
      title: { ru: 'Получить поля сделки', en: 'Get the deal fields' },
      params: {},
      result: { ...describeFields(dealFields), ...describeUserField(dealNoteField) },
    },
  ],
  related: listDealSiblings('crm.deal.fields'),
  deprecated: createDeprecation('crm.item.fields'),
  operation: { kind: 'fields', entity: 'deal' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: 'a user without access to CRM gets this row; the page lists no errors of its own',
  },
]
