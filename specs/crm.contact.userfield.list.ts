/**
 * crm.contact.userfield.list. Sources: the official page
 * api-reference/crm/contacts/userfield/crm-contact-userfield-list.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `filter` (exact match on the listed
 * keys; `LANG` picks the labels' language), `order` (SORT then ID by default), the answer, the error
 * rows. Without `LANG` the rows carry no labels. The example lists the default store's string fields
 * with English labels.
 */
import { defineMethod } from '@b24kit/spec'
import {
  contactHelloFieldAnswer,
  contactOwner,
  createAccessDeniedRow,
  createNotArrayRow,
  createReadAccess,
  getRelatedUserFieldMethods,
} from './shared/userfield-method.js'

const flag = (name: string, ru: string, en: string) =>
  ({ name, type: 'string', enum: [{ value: 'Y' }, { value: 'N' }], description: { ru, en } }) as const

export default defineMethod({
  method: 'crm.contact.userfield.list',
  scope: 'crm',
  summary: { ru: 'Получить список пользовательских полей контактов', en: 'List the custom fields of contacts' },
  description: {
    ru: 'Метод `crm.contact.userfield.list` возвращает пользовательские поля контактов, отобранные фильтром по точному совпадению и упорядоченные по `order`.',
    en: 'The `crm.contact.userfield.list` method returns the custom fields of contacts that match the filter exactly, sorted by `order`.',
  },
  access: createReadAccess(contactOwner),
  params: [
    {
      name: 'filter',
      type: 'object',
      required: false,
      invalidError: 'filterNotArray',
      description: {
        ru: 'Отбор по точному совпадению; условия объединяются через И. `LANG` добавляет подписи на этом языке.',
        en: 'A filter by exact match; conditions are joined with AND. `LANG` adds the labels in that language.',
      },
      properties: [
        { name: 'ID', type: 'integer', description: { ru: 'Идентификатор поля.', en: 'The field ID.' } },
        { name: 'FIELD_NAME', type: 'string', description: { ru: 'Код поля.', en: 'The field code.' } },
        { name: 'USER_TYPE_ID', type: 'string', description: { ru: 'Тип поля.', en: 'The field type.' } },
        { name: 'XML_ID', type: 'string', description: { ru: 'Внешний код.', en: 'The external code.' } },
        { name: 'SORT', type: 'integer', description: { ru: 'Индекс сортировки.', en: 'The sort index.' } },
        flag('MULTIPLE', 'Множественное ли поле.', 'Whether the field is multiple.'),
        flag('MANDATORY', 'Обязательное ли поле.', 'Whether the field is required.'),
        {
          name: 'SHOW_FILTER',
          type: 'string',
          description: { ru: 'Показ в фильтре: `N`, `I`, `E`, `S`.', en: 'How the filter shows it: `N`, `I`, `E`, `S`.' },
        },
        flag('SHOW_IN_LIST', 'Показывается ли в списке.', 'Whether the list shows it.'),
        flag('EDIT_IN_LIST', 'Можно ли менять в списке.', 'Whether the list may edit it.'),
        flag('IS_SEARCHABLE', 'Участвует ли в поиске.', 'Whether search reads it.'),
        {
          name: 'LANG',
          type: 'string',
          description: { ru: 'Язык подписей в ответе (`ru`, `en`).', en: 'The language of the labels in the answer (`ru`, `en`).' },
        },
      ],
    },
    {
      name: 'order',
      type: 'object',
      required: false,
      invalidError: 'orderNotArray',
      description: {
        ru: 'Сортировка: поле (`ID`, `FIELD_NAME`, `USER_TYPE_ID`, `XML_ID`, `SORT`) -> `ASC` или `DESC`.',
        en: 'The order: field (`ID`, `FIELD_NAME`, `USER_TYPE_ID`, `XML_ID`, `SORT`) -> `ASC` or `DESC`.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Поля в виде `crm.contact.userfield.get`; подписи строками на языке `LANG`, без него подписей нет',
      en: 'Fields shaped as `crm.contact.userfield.get` answers them; labels as strings in the `LANG` language, none without it',
    },
  },
  errors: [
    createNotArrayRow('orderNotArray', 'order'),
    createNotArrayRow('filterNotArray', 'filter'),
    createAccessDeniedRow(contactOwner, false),
  ],
  errorExample: 'filterNotArray',
  examples: [
    {
      id: 'listStringFields',
      title: { ru: 'Строковые поля с английскими подписями', en: 'The string fields, with English labels' },
      params: { filter: { USER_TYPE_ID: 'string', LANG: 'en' }, order: { SORT: 'ASC' } },
      result: [
        {
          ...contactHelloFieldAnswer,
          EDIT_FORM_LABEL: 'Hello, world',
          LIST_COLUMN_LABEL: 'Hello, world',
          LIST_FILTER_LABEL: 'Hello, world',
          ERROR_MESSAGE: 'Hello, world',
          HELP_MESSAGE: 'Hello, world',
        },
      ],
    },
  ],
  related: getRelatedUserFieldMethods(contactOwner, 'list'),
  operation: { kind: 'userfield', action: 'list', entity: 'userfield', owner: 'contact', filter: 'filter', order: 'order' },
})
