/**
 * crm.contact.get. Sources: the official page api-reference/crm/contacts/crm-contact-get.md in
 * bitrix24/b24restdocs (scope, who may call it, `id`, the record as result: ids as strings, `Y`/`N`
 * flags, PHONE and EMAIL as lists of `{ID, VALUE_TYPE, VALUE, TYPE_ID}`, empty fields as null);
 * `Not found` for an unknown id: the page's error table. The example answers the
 * default store's contact 50 (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { contactIdParam, contactNotFoundRow, createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.contact.get',
  scope: 'crm',
  summary: { ru: 'Получить контакт по Id', en: 'Get a contact by ID' },
  description: {
    ru: 'Метод `crm.contact.get` возвращает контакт по идентификатору.',
    en: 'The `crm.contact.get` method returns a contact by its ID.',
  },
  access: {
    entity: 'contact',
    permission: 'read',
    description: { ru: 'любой пользователь с правом «чтения» контактов', en: 'any user with the "read" permission on contacts' },
    deniedError: 'accessDenied',
  },
  params: [contactIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля контакта (`crm.contact.fields`): идентификаторы строками, флаги `Y`/`N`, множественные поля списками',
      en: 'The contact fields (`crm.contact.fields`): ids as strings, `Y`/`N` flags, multi-fields as lists',
    },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на «Чтение» контактов', 'The user lacks the "read" permission on contacts'),
    contactNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getContact50',
      title: { ru: 'Получить контакт с `id = 50`', en: 'Get the contact with `id = 50`' },
      params: { id: 50 },
      result: {
        ID: '50',
        HONORIFIC: null,
        NAME: 'Ivan',
        SECOND_NAME: null,
        LAST_NAME: 'Petrov',
        BIRTHDATE: null,
        TYPE_ID: 'CLIENT',
        SOURCE_ID: 'SELF',
        SOURCE_DESCRIPTION: null,
        POST: null,
        COMMENTS: null,
        OPENED: 'Y',
        EXPORT: 'Y',
        HAS_PHONE: 'Y',
        HAS_EMAIL: 'Y',
        ASSIGNED_BY_ID: '1',
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: '1',
        DATE_CREATE: '2024-08-15T15:05:09+02:00',
        DATE_MODIFY: '2024-08-15T15:05:09+02:00',
        COMPANY_ID: null,
        COMPANY_IDS: null,
        LEAD_ID: null,
        PHONE: [{ ID: '8', VALUE_TYPE: 'WORK', VALUE: '+7 495 000-00-50', TYPE_ID: 'PHONE' }],
        EMAIL: [{ ID: '9', VALUE_TYPE: 'WORK', VALUE: 'ivan.petrov@example.com', TYPE_ID: 'EMAIL' }],
        // The default store's custom field (crm.contact.userfield.get reads it); contact 50 holds no value in it.
        UF_CRM_HELLO_WORLD: null,
      },
    },
  ],
  related: ['crm.contact.add', 'crm.contact.update', 'crm.contact.list', 'crm.contact.delete', 'crm.contact.fields'],
  deprecated: createDeprecation('crm.item.get'),
  operation: { kind: 'get', entity: 'contact', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
]
