/**
 * crm.contact.userfield.update. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-update.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `fields` (the add
 * page's keys; the code, type and MULTIPLE stay as they were), `true` as result, the error rows. The
 * example changes the default store's field 399.
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactOwner,
  createAccessDeniedRow,
  createAdminAccess,
  createNotArrayRow,
  createUserFieldIdParam,
  getRelatedUserFieldMethods,
  invalidIdRow,
  itemXmlIdTakenRow,
  userFieldNotFoundRow,
  userFieldProperties,
} from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.userfield.update',
  scope: 'crm',
  summary: { ru: 'Изменить пользовательское поле контактов', en: 'Update a custom field of contacts' },
  description: {
    ru: 'Метод `crm.contact.userfield.update` меняет подписи, флаги, настройки и элементы списка пользовательского поля контактов. Код, тип и множественность поля не меняются.',
    en: 'The `crm.contact.userfield.update` method changes the labels, flags, settings and list items of a custom field of contacts. The code, the type and whether it is multiple stay.',
  },
  access: createAdminAccess('update'),
  params: [
    createUserFieldIdParam(contactOwner),
    {
      name: 'fields',
      type: 'object',
      required: true,
      invalidError: 'fieldsNotArray',
      description: {
        ru: 'Что изменить, с ключами как у `crm.contact.userfield.add`. Элемент `LIST` с `ID` меняет элемент, с `DEL: Y` удаляет, без `ID` добавляет.',
        en: 'What to change, with the keys of `crm.contact.userfield.add`. A `LIST` item with an `ID` changes that item, with `DEL: Y` deletes it, without `ID` adds one.',
      },
      properties: [...userFieldProperties],
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если поле изменено', en: '`true` once the field is changed' },
  },
  errors: [
    createNotArrayRow('fieldsNotArray', 'fields'),
    invalidIdRow,
    createAccessDeniedRow(contactOwner, true),
    userFieldNotFoundRow,
    itemXmlIdTakenRow,
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'updateField399',
      title: { ru: 'Сделать поле 399 обязательным и сменить подпись фильтра', en: 'Make field 399 required and change its filter label' },
      params: { id: 399, fields: { MANDATORY: 'Y', LIST_FILTER_LABEL: { ru: 'Приветствие', en: 'Greeting' }, SORT: 200 } },
      result: true,
    },
  ],
  related: getRelatedUserFieldMethods(contactOwner, 'update'),
  operation: {
    kind: 'userfield',
    action: 'update',
    entity: 'userfield',
    owner: 'contact',
    by: 'id',
    fields: 'fields',
    notFound: 'notFound',
    foreign: 'accessDenied',
    refusals: { itemXmlIdTaken: 'itemXmlIdTaken' },
  },
})
