/**
 * crm.lead.fields. Sources: the official pages api-reference/crm/leads/crm-lead-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, any user may call
 * it, no parameters, field name -> type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic,
 * statusType, title, and the deprecation in favour of `crm.item.fields`. The example's answer is
 * built from the field list the mock serves (specs/shared/lead-fields.ts), titles in the default
 * portal language (ru), then the default store's custom field.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { leadFields } from './shared/lead-fields.js'
import { keepSiblingLinks, listLeadSiblings } from './shared/lead-method.js'
import { describeUserField } from './shared/userfield-method.js'
import { leadReferrerField } from './shared/userfield-owners.js'

export default defineMethod({
  method: 'crm.lead.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля лида', en: 'Get the lead fields' },
  description: {
    ru: 'Метод `crm.lead.fields` возвращает описание полей лида, в том числе пользовательских.',
    en: 'The `crm.lead.fields` method returns the description of the lead fields, custom ones included.',
  },
  access: {
    entity: 'lead',
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
      id: 'getLeadFields',
      title: { ru: 'Получить поля лида', en: 'Get the lead fields' },
      params: {},
      result: { ...describeFields(leadFields), ...describeUserField(leadReferrerField) },
    },
  ],
  related: listLeadSiblings('crm.lead.fields'),
  deprecated: createDeprecation('crm.item.fields'),
  operation: { kind: 'fields', entity: 'lead' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: 'a user without access to CRM gets this row; the page lists no errors of its own',
  },
  ...keepSiblingLinks(listLeadSiblings('crm.lead.fields')),
]
