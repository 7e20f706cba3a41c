/**
 * What the crm.<entity>.userfield.* methods share: the owner, the custom field id, the error rows and
 * the default store's custom field. Facts from the official pages api-reference/crm/contacts/userfield/
 * in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs (parameter names and types, the server texts
 * and codes, the row shape of get and list, the name rule of add); the texts are ours.
 *
 * Codes: the pages give `ERROR_NOT_FOUND` and, on update, `ERROR_CORE` for a repeated list item
 * XML_ID; add's prose says a too long or badly spelled name answers `ERROR_CORE`. The add page gives
 * no code for an unknown type: it comes from the same core check as the name rows, so `ERROR_CORE`
 * too. The sample error answers carry the final period the tables drop.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { UserFieldPages } from './userfield-pages.js'

type ParamInput = MethodSpecInput['params'][number]

/** The entity whose custom fields a family manages. */
export interface UserFieldOwner {
  /** The entity (`contact`), its method family (`crm.contact`) and ENTITY_ID (`CRM_CONTACT`). */
  entity: string
  family: string
  entityId: string
  /** "of contacts" in both languages, for texts. */
  of: { ru: string; en: string }
  /** The default store's custom field of the entity, as stored: the examples of get, update, list and delete read it. */
  seedField: StoredUserField
  /** The family's own error rows and write rule, when its pages do not print the contact pages' (requisites). */
  pages?: UserFieldPages
}

/** The store table of every owner's custom fields: the portal keeps one, ids shared by all owners. */
export const userFieldEntity = 'userfield'

/** The actions of the family, in the pages' order. */
const actions = ['add', 'update', 'get', 'list', 'delete'] as const

/** The other methods of the family, for one method's `related`. */
export function getRelatedUserFieldMethods(owner: UserFieldOwner, action: (typeof actions)[number]): string[] {
  return actions.filter((a) => a !== action).map((a) => `${owner.family}.userfield.${a}`)
}

/** The custom field id: `ID` then `id`, cast like PHP's (int). */
export function createUserFieldIdParam(owner: UserFieldOwner) {
  return {
    name: 'id',
    type: 'integer',
    required: true,
    spellings: ['ID', 'id'],
    coercion: 'php-int',
    minimum: 1,
    description: { ru: `Идентификатор пользовательского поля ${owner.of.ru}.`, en: `The ID of the custom field of ${owner.of.en}.` },
    sources: [`${owner.family}.userfield.list`, `${owner.family}.userfield.add`],
    invalidError: 'invalidId',
  } as const satisfies ParamInput
}

/** Who may change custom fields: a CRM administrator (the mock's `add`/`update`/`delete` on userfield). */
export function createAdminAccess(permission: 'add' | 'update' | 'delete') {
  return {
    entity: userFieldEntity,
    permission,
    description: { ru: 'администратор CRM', en: 'a CRM administrator' },
    deniedError: 'accessDenied',
  } as const
}

/** Who may read custom fields: any user who may read the owner's records. */
export function createReadAccess(owner: UserFieldOwner) {
  return {
    entity: owner.entity,
    permission: 'read',
    description: { ru: `любой пользователь с правом «чтения» ${owner.of.ru}`, en: `any user with the "read" permission on ${owner.of.en}` },
    deniedError: 'accessDenied',
  } as const
}

/** `Access denied.`: no right, or the id names a custom field of another entity. */
export function createAccessDeniedRow(owner: UserFieldOwner, withForeign: boolean) {
  return {
    id: 'accessDenied',
    code: '',
    status: 400,
    text: 'Access denied.',
    kind: 'accessDenied',
    when: withForeign
      ? {
          ru: 'У пользователя нет нужного права, либо поле с этим `id` принадлежит другой сущности',
          en: `The user lacks the right, or the field with this \`id\` belongs to something other than ${owner.of.en}`,
        }
      : { ru: 'У пользователя нет нужного права', en: 'The user lacks the right' },
  } as const satisfies ErrorRowInput
}

/** `ID is not defined or invalid.`: the same row as crm.contact.*'s, for the custom field's `id`. */
export { invalidIdRow } from './contact-method.js'

/** `The entity with ID 'id' is not found`: no custom field has the id (the page prints `'id'` as is). */
export const userFieldNotFoundRow = {
  id: 'notFound',
  code: 'ERROR_NOT_FOUND',
  status: 400,
  text: "The entity with ID 'id' is not found",
  kind: 'notFound',
  when: { ru: 'Пользовательского поля с таким `id` нет', en: 'No custom field has the given `id`' },
} as const satisfies ErrorRowInput

/** Two list items of an enumeration share an XML_ID. */
export const itemXmlIdTakenRow = {
  id: 'itemXmlIdTaken',
  code: 'ERROR_CORE',
  status: 400,
  text: { ru: 'Элемент списка со значением XML_ID=XML_ID уже существует', en: 'A list item with XML_ID=XML_ID already exists' },
  kind: 'invalidParams',
  when: {
    ru: 'У двух элементов списка `LIST` одинаковый `XML_ID`',
    en: 'Two items of `LIST` have the same `XML_ID`',
  },
} as const satisfies ErrorRowInput

/** `Parameter '<name>' must be array.`: the parameter is sent but is not an object. */
export function createNotArrayRow(id: string, name: string) {
  return {
    id,
    code: '',
    status: 400,
    text: `Parameter '${name}' must be array.`,
    kind: 'invalidParams',
    when: { ru: `Параметр \`${name}\` передан, но не является объектом`, en: `The \`${name}\` parameter is sent but is not an object` },
  } as const satisfies ErrorRowInput
}

/** The properties of a custom field, as add takes them and update changes them (update ignores the first three). */
export const userFieldProperties = [
  {
    name: 'FIELD_NAME',
    type: 'string',
    description: {
      ru: 'Код поля. Портал переводит его в верхний регистр и ставит впереди `UF_CRM_` (`UF_` заменяется на `UF_CRM_`); не длиннее 50 символов с префиксом, только `A-Z`, `0-9` и `_`.',
      en: 'The field code. The portal upper-cases it and puts `UF_CRM_` in front (`UF_` becomes `UF_CRM_`); at most 50 characters with the prefix, only `A-Z`, `0-9` and `_`.',
    },
  },
  {
    name: 'USER_TYPE_ID',
    type: 'string',
    description: {
      ru: 'Тип поля: `string`, `integer`, `double`, `boolean`, `datetime`, `date`, `money`, `url`, `address`, `enumeration`, `file`, `employee`, `crm_status`, `iblock_section`, `iblock_element`, `crm`.',
      en: 'The field type: `string`, `integer`, `double`, `boolean`, `datetime`, `date`, `money`, `url`, `address`, `enumeration`, `file`, `employee`, `crm_status`, `iblock_section`, `iblock_element`, `crm`.',
    },
  },
  {
    name: 'MULTIPLE',
    type: 'string',
    enum: [{ value: 'Y' }, { value: 'N' }],
    description: {
      ru: 'Множественное ли поле; по умолчанию `N`. Поле `boolean` не бывает множественным.',
      en: 'Whether the field holds many values; `N` by default. A `boolean` field is never multiple.',
    },
  },
  {
    name: 'LABEL',
    type: 'string',
    description: {
      ru: 'Название поля: становится каждой подписью, не переданной отдельно.',
      en: 'The field name: it becomes every label not sent on its own.',
    },
  },
  {
    name: 'EDIT_FORM_LABEL',
    type: 'any',
    description: {
      ru: 'Подпись в форме: строка для всех языков или объект язык -> текст.',
      en: 'The form label: a string for every language, or an object language -> text.',
    },
  },
  {
    name: 'LIST_COLUMN_LABEL',
    type: 'any',
    description: { ru: 'Заголовок колонки в списке, как `EDIT_FORM_LABEL`.', en: 'The list column header, like `EDIT_FORM_LABEL`.' },
  },
  {
    name: 'LIST_FILTER_LABEL',
    type: 'any',
    description: { ru: 'Подпись в фильтре, как `EDIT_FORM_LABEL`.', en: 'The filter label, like `EDIT_FORM_LABEL`.' },
  },
  {
    name: 'MANDATORY',
    type: 'string',
    enum: [{ value: 'Y' }, { value: 'N' }],
    description: { ru: 'Обязательное ли поле; по умолчанию `N`.', en: 'Whether the field is required; `N` by default.' },
  },
  {
    name: 'SORT',
    type: 'integer',
    description: { ru: 'Индекс сортировки; по умолчанию 100.', en: 'The sort index; 100 by default.' },
  },
  {
    name: 'XML_ID',
    type: 'string',
    description: { ru: 'Внешний код поля.', en: 'The external code of the field.' },
  },
  {
    name: 'SETTINGS',
    type: 'object',
    description: {
      ru: 'Настройки, свои у каждого типа (`PRECISION` у `double`, `DISPLAY` у `enumeration`).',
      en: 'Settings, their own for each type (`PRECISION` of a `double`, `DISPLAY` of an `enumeration`).',
    },
  },
  {
    name: 'LIST',
    type: 'array',
    description: {
      ru: 'Элементы списка поля `enumeration`: `VALUE`, `SORT`, `DEF`, `XML_ID`. Элемент с пустым `VALUE` пропускается; при изменении элемент с `ID` меняет его, с `DEL: Y` удаляет.',
      en: 'The items of an `enumeration` field: `VALUE`, `SORT`, `DEF`, `XML_ID`. An item with an empty `VALUE` is skipped; on update an item with an `ID` changes it, with `DEL: Y` deletes it.',
    },
    items: {
      type: 'object',
      properties: [
        { name: 'ID', type: 'integer' },
        { name: 'VALUE', type: 'string' },
        { name: 'SORT', type: 'integer' },
        { name: 'DEF', type: 'string', enum: [{ value: 'Y' }, { value: 'N' }] },
        { name: 'XML_ID', type: 'string' },
        { name: 'DEL', type: 'string', enum: [{ value: 'Y' }, { value: 'N' }] },
      ],
    },
  },
] as const satisfies NonNullable<ParamInput['properties']>

/** A custom field row as the store keeps it (the shape crm.<entity>.userfield.add builds). */
export type StoredUserField = {
  ID: number
  ENTITY_ID: string
  FIELD_NAME: string
  USER_TYPE_ID: string
  XML_ID: string | null
  SORT: number
  MULTIPLE: 'Y' | 'N'
  MANDATORY: 'Y' | 'N'
  SHOW_FILTER: string
  SHOW_IN_LIST: 'Y' | 'N'
  EDIT_IN_LIST: 'Y' | 'N'
  IS_SEARCHABLE: 'Y' | 'N'
  SETTINGS: Record<string, string | number | boolean | null>
  EDIT_FORM_LABEL: Record<string, string>
  LIST_COLUMN_LABEL: Record<string, string>
  LIST_FILTER_LABEL: Record<string, string>
  ERROR_MESSAGE: Record<string, string>
  HELP_MESSAGE: Record<string, string>
}

/** The texts in both languages of the default store's contact custom field. */
const helloLabels = { ru: 'Привет, мир', en: 'Hello, world' }

/**
 * The default store's custom field of contacts (the get page reads custom field 399, a string field
 * named HELLO_WORLD), as stored: what the examples of get, update, list and delete work on.
 */
export const contactHelloField: StoredUserField = {
  ID: 399,
  ENTITY_ID: 'CRM_CONTACT',
  FIELD_NAME: 'UF_CRM_HELLO_WORLD',
  USER_TYPE_ID: 'string',
  XML_ID: null,
  SORT: 1000,
  MULTIPLE: 'N',
  MANDATORY: 'N',
  SHOW_FILTER: 'E',
  SHOW_IN_LIST: 'Y',
  EDIT_IN_LIST: 'Y',
  IS_SEARCHABLE: 'N',
  SETTINGS: { SIZE: 20, ROWS: 1, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' },
  EDIT_FORM_LABEL: helloLabels,
  LIST_COLUMN_LABEL: helloLabels,
  LIST_FILTER_LABEL: helloLabels,
  ERROR_MESSAGE: helloLabels,
  HELP_MESSAGE: helloLabels,
}

/** A stored custom field as get answers it: numbers as strings, labels as maps. */
export function toUserFieldAnswer(row: StoredUserField) {
  return { ...row, ID: String(row.ID), SORT: String(row.SORT) }
}

/** The default store's custom field as get answers it. */
export const contactHelloFieldAnswer = toUserFieldAnswer(contactHelloField)

const noteLabels = { ru: 'Заметка о поставке', en: 'Delivery note' }

/**
 * The default store's custom field of deals: a string field, 398 so that the first new field of
 * either entity is 400 (the ids are shared).
 */
export const dealNoteField: StoredUserField = {
  ...contactHelloField,
  ID: 398,
  ENTITY_ID: 'CRM_DEAL',
  FIELD_NAME: 'UF_CRM_DELIVERY_NOTE',
  SORT: 500,
  EDIT_FORM_LABEL: noteLabels,
  LIST_COLUMN_LABEL: noteLabels,
  LIST_FILTER_LABEL: noteLabels,
  ERROR_MESSAGE: noteLabels,
  HELP_MESSAGE: noteLabels,
}

export const contactOwner: UserFieldOwner = {
  entity: 'contact',
  family: 'crm.contact',
  entityId: 'CRM_CONTACT',
  of: { ru: 'контактов', en: 'contacts' },
  seedField: contactHelloField,
}

export const dealOwner: UserFieldOwner = {
  entity: 'deal',
  family: 'crm.deal',
  entityId: 'CRM_DEAL',
  of: { ru: 'сделок', en: 'deals' },
  seedField: dealNoteField,
}

/** What crm.<entity>.fields answers for a stored custom field (titles in the default language, ru). */
export function describeUserField(row: StoredUserField) {
  return {
    [row.FIELD_NAME]: {
      type: row.USER_TYPE_ID,
      isRequired: row.MANDATORY === 'Y',
      isReadOnly: false,
      isImmutable: false,
      isMultiple: row.MULTIPLE === 'Y',
      isDynamic: true,
      title: row.FIELD_NAME,
      // The portal's language is ru; a field without a Russian label answers null, as the mock does.
      listLabel: row.LIST_COLUMN_LABEL.ru ?? null,
      formLabel: row.EDIT_FORM_LABEL.ru ?? null,
      filterLabel: row.LIST_FILTER_LABEL.ru ?? null,
      settings: row.SETTINGS,
    },
  }
}

/** What crm.contact.fields answers for the default store's custom field. */
export const contactHelloFieldDescription = describeUserField(contactHelloField)

/**
 * An enumeration field sent a value that is not the ID of one of its items. The contact pages give no
 * row for it; the closest the docs give is crm.item.add's and crm.item.update's row for a field sent a
 * value it refuses, taken whole (code, texts, status). The page prints the field's name as `field`,
 * and so does this row: the model has no placeholders, so the mock answers the text as printed.
 */
export const invalidValueRow = {
  id: 'invalidValue',
  code: 'CRM_FIELD_ERROR_VALUE_NOT_VALID',
  status: 400,
  text: { ru: 'Неверное значение поля "field"', en: 'Invalid value for field "field"' },
  kind: 'invalidParams',
  when: {
    ru: 'Пользовательское поле-список получило значение, которого нет среди его элементов',
    en: 'A custom list field was sent a value that is not one of its items',
  },
} as const satisfies ErrorRowInput
