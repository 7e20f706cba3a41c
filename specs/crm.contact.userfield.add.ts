/**
 * crm.contact.userfield.add. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-add.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` and its keys, the name
 * rule (upper case, `UF_CRM_` in front, at most 50 characters, `A-Z0-9_`), the defaults, the list
 * items of an `enumeration`, the answer (the new id), the error rows. The page's sample sends only a
 * LABEL (which the server refuses); the examples send the fields its cURL tabs send. The default
 * store's last custom field is 399, so a new one gets 400.
 *
 * `nameTaken` is not on the page: the portal refuses a code a field of contacts already has, and the
 * text is ours until the server's own is known (it is the one row here not taken from the docs).
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactOwner,
  createAccessDeniedRow,
  createAdminAccess,
  getRelatedUserFieldMethods,
  itemXmlIdTakenRow,
  userFieldProperties,
} from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.contact.userfield.add',
  scope: 'crm',
  summary: { ru: 'Создать пользовательское поле контактов', en: 'Add a custom field of contacts' },
  description: {
    ru: 'Метод `crm.contact.userfield.add` создаёт пользовательское поле контактов. После этого `crm.contact.fields` описывает поле, а `crm.contact.add`, `update`, `get` и `list` читают и пишут его значения.',
    en: 'The `crm.contact.userfield.add` method creates a custom field of contacts. Then `crm.contact.fields` describes it, and `crm.contact.add`, `update`, `get` and `list` read and write its values.',
  },
  access: createAdminAccess('add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поле: код, тип, подписи, настройки, элементы списка. Неизвестные ключи пропускаются.',
        en: 'The field: code, type, labels, settings, list items. Unknown keys are ignored.',
      },
      properties: [...userFieldProperties],
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного поля', en: 'The ID of the new field' },
  },
  errors: [
    createAccessDeniedRow(contactOwner, false),
    {
      id: 'nameMissing',
      code: '',
      status: 400,
      text: "The 'FIELD_NAME' field is not found.",
      kind: 'invalidParams',
      when: { ru: '`FIELD_NAME` не передан или пуст', en: '`FIELD_NAME` is missing or empty' },
    },
    {
      id: 'nameTooLong',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Имя поля слишком длинное (больше 50-ти символов)', en: 'Field name is too long (more than 50 characters)' },
      kind: 'invalidParams',
      when: {
        ru: 'Имя поля с префиксом `UF_CRM_` длиннее 50 символов',
        en: 'The field name with its `UF_CRM_` prefix is longer than 50 characters',
      },
    },
    {
      id: 'nameInvalid',
      code: 'ERROR_CORE',
      status: 400,
      text: {
        ru: 'Имя поля содержит недопустимые символы. Допустимыми являются: A-Z, 0-9 и _',
        en: 'Field name contains invalid characters. Allowed characters are: A-Z, 0-9 and _',
      },
      kind: 'invalidParams',
      when: { ru: 'В коде есть символы кроме `A-Z`, `0-9` и `_`', en: 'The code holds characters other than `A-Z`, `0-9` and `_`' },
    },
    {
      id: 'typeMissing',
      code: '',
      status: 400,
      text: "The 'USER_TYPE_ID' field is not found.",
      kind: 'invalidParams',
      when: { ru: '`USER_TYPE_ID` не передан или пуст', en: '`USER_TYPE_ID` is missing or empty' },
    },
    {
      id: 'typeUnknown',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Указан неверный пользовательский тип', en: 'Incorrect custom type specified' },
      kind: 'invalidParams',
      when: { ru: 'Такого типа `USER_TYPE_ID` нет', en: 'No field type has that `USER_TYPE_ID`' },
    },
    {
      id: 'nameTaken',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Пользовательское поле с таким кодом уже существует', en: 'A custom field with this code already exists' },
      kind: 'invalidParams',
      when: { ru: 'У контактов уже есть поле с этим кодом', en: 'Contacts already have a field with this code' },
    },
    itemXmlIdTakenRow,
  ],
  errorExample: 'typeMissing',
  examples: [
    {
      id: 'addStringField',
      title: { ru: 'Создать множественное строковое поле', en: 'Add a multiple string field' },
      params: {
        fields: {
          FIELD_NAME: 'NICKNAMES',
          USER_TYPE_ID: 'string',
          MULTIPLE: 'Y',
          LABEL: 'Nicknames',
          EDIT_FORM_LABEL: { ru: 'Прозвища', en: 'Nicknames' },
          SORT: 500,
        },
      },
      result: 400,
    },
    {
      id: 'addEnumerationField',
      title: { ru: 'Создать поле-список с тремя значениями', en: 'Add a list field with three items' },
      params: {
        fields: {
          FIELD_NAME: 'tier',
          USER_TYPE_ID: 'enumeration',
          LABEL: 'Tier',
          LIST: [
            { VALUE: 'Bronze', SORT: 10, XML_ID: 'BRONZE' },
            { VALUE: 'Silver', SORT: 20, XML_ID: 'SILVER', DEF: 'Y' },
            { VALUE: 'Gold', SORT: 30, XML_ID: 'GOLD' },
          ],
        },
      },
      result: 400,
    },
  ],
  related: getRelatedUserFieldMethods(contactOwner, 'add'),
  operation: {
    kind: 'userfield',
    action: 'add',
    entity: 'userfield',
    owner: 'contact',
    fields: 'fields',
    refusals: {
      nameMissing: 'nameMissing',
      nameTooLong: 'nameTooLong',
      nameInvalid: 'nameInvalid',
      nameTaken: 'nameTaken',
      typeMissing: 'typeMissing',
      typeUnknown: 'typeUnknown',
      itemXmlIdTaken: 'itemXmlIdTaken',
    },
  },
})
