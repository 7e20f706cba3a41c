/**
 * crm.company.fields. Sources: the official pages api-reference/crm/companies/crm-company-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, no parameters,
 * field name -> type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, statusType, title,
 * the `Access denied` row and the deprecation in favour of `crm.item.fields`. The example's answer is
 * built from the field list the mock serves (specs/shared/company-fields.ts), titles in the default
 * portal language (ru), then the default store's custom field.
 */
import { defineMethod } from '@b24kit/spec'
import { companyFields } from './shared/company-fields.js'
import { listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { describeUserField } from './shared/userfield-method.js'
import { companyTaxOfficeField } from './shared/userfield-owners.js'

export default defineMethod({
  method: 'crm.company.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля компании', en: 'Get the company fields' },
  description: {
    ru: 'Метод `crm.company.fields` возвращает описание полей компании, в том числе пользовательских.',
    en: 'The `crm.company.fields` method returns the description of the company fields, custom ones included.',
  },
  access: {
    entity: 'company',
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
      id: 'getCompanyFields',
      title: { ru: 'Получить поля компании', en: 'Get the company fields' },
      params: {},
      result: { ...describeFields(companyFields), ...describeUserField(companyTaxOfficeField) },
    },
  ],
  related: listCompanySiblings('crm.company.fields'),
  deprecated: createDeprecation('crm.item.fields'),
  operation: { kind: 'fields', entity: 'company' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...keepFinalPeriods({ accessDenied: 'Access denied' })]
