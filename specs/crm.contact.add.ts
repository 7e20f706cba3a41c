/**
 * crm.contact.add. Sources: the official page api-reference/crm/contacts/crm-contact-add.md in
 * bitrix24/b24restdocs (scope, who may call it, `fields` and `params`, the new id as result,
 * `Access denied.`); the field list: crm-contact-fields.md (specs/shared/contact-fields.ts); shape
 * and result: settings/how-to-call-rest-api/general-principles.md. The example's id, 51, is the next id after the
 * default store's contact 50.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, sonetOptionsParam } from './shared/contact-method.js'
import { contactWriteRowsNotModelled, type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { invalidValueDifference } from './shared/userfield-docs-differences.js'
import { invalidValueRow } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.add',
  scope: 'crm',
  summary: { ru: 'Создать новый контакт', en: 'Add a contact' },
  description: {
    ru: 'Метод `crm.contact.add` создает новый контакт и возвращает его идентификатор.',
    en: 'The `crm.contact.add` method creates a contact and returns its ID.',
  },
  access: {
    entity: 'contact',
    permission: 'add',
    description: { ru: 'любой пользователь с правом «добавления» контактов', en: 'any user with the "add" permission on contacts' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля контакта (`crm.contact.fields`); поля только для чтения пропускаются. `PHONE`, `EMAIL`, `WEB`, `IM`: массивы `{VALUE, VALUE_TYPE}`.',
        en: 'The contact fields (`crm.contact.fields`); read-only fields are skipped. `PHONE`, `EMAIL`, `WEB`, `IM`: arrays of `{VALUE, VALUE_TYPE}`.',
      },
    },
    sonetOptionsParam,
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного контакта', en: 'The ID of the new contact' },
  },
  errors: [
    createAccessDeniedRow('У пользователя нет права на «Добавление» контактов', 'The user lacks the "add" permission on contacts'),
    invalidValueRow,
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addContact',
      title: { ru: 'Создать контакт с телефоном и e-mail', en: 'Add a contact with a phone and an e-mail' },
      params: {
        fields: {
          NAME: 'Anna',
          LAST_NAME: 'Smirnova',
          OPENED: 'Y',
          TYPE_ID: 'CLIENT',
          PHONE: [{ VALUE: '+7 495 000-00-51', VALUE_TYPE: 'WORK' }],
          EMAIL: [{ VALUE: 'anna.smirnova@example.com', VALUE_TYPE: 'WORK' }],
        },
        params: { REGISTER_SONET_EVENT: 'N' },
      },
      result: 51,
    },
  ],
  related: ['crm.contact.update', 'crm.contact.get', 'crm.contact.list', 'crm.contact.delete', 'crm.contact.fields'],
  deprecated: createDeprecation('crm.item.add'),
  operation: { kind: 'add', entity: 'contact', fields: 'fields', invalidValue: 'invalidValue' },
  events: [
    {
      name: 'ONCRMCONTACTADD',
      summary: { ru: 'Событие onCrmContactAdd', en: 'Event onCrmContactAdd' },
      description: { ru: 'Срабатывает, когда контакт создан.', en: 'Fires once a contact is created.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  invalidValueDifference,
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...contactWriteRowsNotModelled,
  {
    path: 'params.fields.required',
    docs: 'false',
    reason:
      "the server refuses a call without fields (`Parameter 'fields' must be array`), so the spec requires it; the page marks it optional",
  },
]
