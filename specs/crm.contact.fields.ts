/**
 * crm.contact.fields. Sources: the official page api-reference/crm/contacts/crm-contact-fields.md in
 * bitrix24/b24restdocs (no parameters; field name -> type, isRequired, isReadOnly, isImmutable,
 * isMultiple, isDynamic, statusType, title). The example's answer is built from the same field list
 * the mock serves (specs/shared/contact-fields.ts), titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import { contactFields } from './shared/contact-fields.js'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { contactHelloFieldDescription } from './shared/userfield-method.js'

// The typed fields, then the default store's custom field with its labels and settings.
const describedFields = { ...describeFields(contactFields), ...contactHelloFieldDescription }

export default defineMethod({
  method: 'crm.contact.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля контакта', en: 'Get the contact fields' },
  description: {
    ru: 'Метод `crm.contact.fields` возвращает описание полей контакта.',
    en: 'The `crm.contact.fields` method returns the description of the contact fields.',
  },
  access: {
    entity: 'contact',
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
    { id: 'getContactFields', title: { ru: 'Получить поля контакта', en: 'Get the contact fields' }, params: {}, result: describedFields },
  ],
  related: ['crm.contact.add', 'crm.contact.update', 'crm.contact.get', 'crm.contact.list', 'crm.contact.delete'],
  deprecated: createDeprecation('crm.item.fields'),
  operation: { kind: 'fields', entity: 'contact' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: 'a user without the read permission on contacts gets this row; the page lists no errors of its own',
  },
]
