/**
 * crm.contact.update. Sources: the official page api-reference/crm/contacts/crm-contact-update.md in
 * bitrix24/b24restdocs (scope, who may call it, `id`, `fields`, `params`, `true` as result, the error
 * rows); `Not found` for an unknown id and the shape: crm-contact-get.md and settings/how-to-call-rest-api/general-principles.md. Multi-field
 * values with an `ID` change that value (an empty `VALUE` deletes it); values without `ID` are added.
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactIdParam,
  contactNotFoundRow,
  createAccessDeniedRow,
  createDeprecation,
  invalidIdRow,
  sonetOptionsParam,
} from './shared/contact-method.js'
import { contactWriteRowsNotModelled, type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { invalidValueDifference } from './shared/userfield-docs-differences.js'
import { invalidValueRow } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.update',
  scope: 'crm',
  summary: { ru: 'Изменить контакт', en: 'Update a contact' },
  description: {
    ru: 'Метод `crm.contact.update` изменяет поля существующего контакта.',
    en: 'The `crm.contact.update` method changes the fields of an existing contact.',
  },
  access: {
    entity: 'contact',
    permission: 'update',
    description: { ru: 'любой пользователь с правом «изменения» контактов', en: 'any user with the "update" permission on contacts' },
    deniedError: 'accessDenied',
  },
  params: [
    contactIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля (`crm.contact.fields`). Значение множественного поля с `ID` изменяет это значение, с пустым `VALUE` удаляет его, без `ID` добавляет новое.',
        en: 'The fields to change (`crm.contact.fields`). A multi-field value with an `ID` changes that value, with an empty `VALUE` deletes it, without `ID` adds one.',
      },
    },
    sonetOptionsParam,
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: 'Корневой элемент ответа, `true` в случае успеха', en: 'The root element of the answer; `true` on success' },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на «Изменение» контактов', 'The user lacks the "update" permission on contacts'),
    contactNotFoundRow,
    invalidValueRow,
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'updateContact50',
      title: { ru: 'Изменить должность контакта 50 и добавить телефон', en: "Change contact 50's position and add a phone" },
      params: { id: 50, fields: { POST: 'Manager', PHONE: [{ VALUE: '+7 495 000-00-52', VALUE_TYPE: 'MOBILE' }] } },
      result: true,
    },
  ],
  related: ['crm.contact.add', 'crm.contact.get', 'crm.contact.list', 'crm.contact.delete', 'crm.contact.fields'],
  deprecated: createDeprecation('crm.item.update'),
  operation: { kind: 'update', entity: 'contact', by: 'id', fields: 'fields', notFound: 'notFound', invalidValue: 'invalidValue' },
  events: [
    {
      name: 'ONCRMCONTACTUPDATE',
      summary: { ru: 'Событие onCrmContactUpdate', en: 'Event onCrmContactUpdate' },
      description: { ru: 'Срабатывает, когда контакт изменён.', en: 'Fires once a contact is updated.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  invalidValueDifference,
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...contactWriteRowsNotModelled,
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: "the server checks the id before the fields, as crm.contact.get's page lists; this page's table leaves the row out",
  },
  {
    path: 'errors[notFound]',
    docs: '(absent)',
    reason: "the server checks the id before the fields, as crm.contact.get's page lists; this page's table leaves the row out",
  },
]
