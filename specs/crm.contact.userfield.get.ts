/**
 * crm.contact.userfield.get. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-get.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the answer's shape (numbers
 * as strings, labels as language maps, an enumeration's `LIST`), the error rows. The example reads the
 * default store's field 399, as the page does; the mock keeps labels for its portal languages (ru, en)
 * where the page's portal holds sixteen.
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactHelloFieldAnswer,
  contactOwner,
  createAccessDeniedRow,
  createReadAccess,
  createUserFieldIdParam,
  getRelatedUserFieldMethods,
  invalidIdRow,
  userFieldNotFoundRow,
} from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.userfield.get',
  scope: 'crm',
  summary: { ru: 'Получить пользовательское поле контактов', en: 'Get a custom field of contacts' },
  description: {
    ru: 'Метод `crm.contact.userfield.get` возвращает пользовательское поле контактов по идентификатору: тип, флаги, настройки, подписи на всех языках и элементы списка.',
    en: 'The `crm.contact.userfield.get` method returns a custom field of contacts by its ID: type, flags, settings, labels in every language and list items.',
  },
  access: createReadAccess(contactOwner),
  params: [createUserFieldIdParam(contactOwner)],
  result: {
    type: 'object',
    description: {
      ru: 'Поле: `ID`, `FIELD_NAME`, `USER_TYPE_ID`, флаги `Y`/`N`, `SETTINGS`, подписи (язык -> текст), у `enumeration` ещё `LIST`',
      en: 'The field: `ID`, `FIELD_NAME`, `USER_TYPE_ID`, `Y`/`N` flags, `SETTINGS`, labels (language -> text), and `LIST` for an `enumeration`',
    },
  },
  errors: [createAccessDeniedRow(contactOwner, true), invalidIdRow, userFieldNotFoundRow],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'getField399',
      title: { ru: 'Получить поле с `id = 399`', en: 'Get the field with `id = 399`' },
      params: { id: 399 },
      result: contactHelloFieldAnswer,
    },
  ],
  related: getRelatedUserFieldMethods(contactOwner, 'get'),
  operation: {
    kind: 'userfield',
    action: 'get',
    entity: 'userfield',
    owner: 'contact',
    by: 'id',
    notFound: 'notFound',
    foreign: 'accessDenied',
  },
})
