/**
 * The five crm.<entity>.userfield.* specs, one builder each, for every entity with custom fields
 * (contacts, deals): the pages of the two families give the same parameters, answers and server
 * rows, and differ only in the entity they name. Each spec file says which pages it comes from. A
 * family whose pages give rows of their own (requisites) passes them as `owner.pages`.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import {
  createAccessDeniedRow,
  createAdminAccess,
  createNotArrayRow,
  createReadAccess,
  createUserFieldIdParam,
  getRelatedUserFieldMethods,
  invalidIdRow,
  itemXmlIdTakenRow,
  toUserFieldAnswer,
  type UserFieldOwner,
  userFieldEntity,
  userFieldNotFoundRow,
  userFieldProperties,
} from './userfield-method.js'
import { applyOwnPages } from './userfield-pages.js'

type Spec = MethodSpecInput
const yesNo = [{ value: 'Y' }, { value: 'N' }]

/** crm.<entity>.userfield.add: a new custom field; the first new one of the default store is 400. */
export function createUserFieldAddSpec(owner: UserFieldOwner): Spec {
  const { family, of } = owner
  return applyOwnPages(owner.pages, {
    method: `${family}.userfield.add`,
    scope: 'crm',
    summary: { ru: `Создать пользовательское поле ${of.ru}`, en: `Add a custom field of ${of.en}` },
    description: {
      ru: `Метод \`${family}.userfield.add\` создаёт пользовательское поле ${of.ru}. После этого \`${family}.fields\` описывает поле, а \`${family}.add\`, \`update\`, \`get\` и \`list\` читают и пишут его значения.`,
      en: `The \`${family}.userfield.add\` method creates a custom field of ${of.en}. Then \`${family}.fields\` describes it, and \`${family}.add\`, \`update\`, \`get\` and \`list\` read and write its values.`,
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
    result: { type: 'integer', description: { ru: 'Идентификатор созданного поля', en: 'The ID of the new field' } },
    errors: [
      createAccessDeniedRow(owner, false),
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
        // Not on the pages: the portal refuses a code the entity's fields have already; the text is ours.
        id: 'nameTaken',
        code: 'ERROR_CORE',
        status: 400,
        text: { ru: 'Пользовательское поле с таким кодом уже существует', en: 'A custom field with this code already exists' },
        kind: 'invalidParams',
        when: { ru: `У ${of.ru} уже есть поле с этим кодом`, en: `The ${of.en} already have a field with this code` },
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
            FIELD_NAME: 'TAGS',
            USER_TYPE_ID: 'string',
            MULTIPLE: 'Y',
            LABEL: 'Tags',
            EDIT_FORM_LABEL: { ru: 'Метки', en: 'Tags' },
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
            FIELD_NAME: 'priority',
            USER_TYPE_ID: 'enumeration',
            LABEL: 'Priority',
            LIST: [
              { VALUE: 'Low', SORT: 10, XML_ID: 'LOW' },
              { VALUE: 'Medium', SORT: 20, XML_ID: 'MEDIUM', DEF: 'Y' },
              { VALUE: 'High', SORT: 30, XML_ID: 'HIGH' },
            ],
          },
        },
        result: 400,
      },
    ],
    related: getRelatedUserFieldMethods(owner, 'add'),
    operation: {
      kind: 'userfield',
      action: 'add',
      entity: userFieldEntity,
      owner: owner.entity,
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
}

/** crm.<entity>.userfield.get: the default store's field, as the page reads one. */
export function createUserFieldGetSpec(owner: UserFieldOwner): Spec {
  const { family, of, seedField } = owner
  return applyOwnPages(owner.pages, {
    method: `${family}.userfield.get`,
    scope: 'crm',
    summary: { ru: `Получить пользовательское поле ${of.ru}`, en: `Get a custom field of ${of.en}` },
    description: {
      ru: `Метод \`${family}.userfield.get\` возвращает пользовательское поле ${of.ru} по идентификатору: тип, флаги, настройки, подписи на всех языках и элементы списка.`,
      en: `The \`${family}.userfield.get\` method returns a custom field of ${of.en} by its ID: type, flags, settings, labels in every language and list items.`,
    },
    access: createReadAccess(owner),
    params: [createUserFieldIdParam(owner)],
    result: {
      type: 'object',
      description: {
        ru: 'Поле: `ID`, `FIELD_NAME`, `USER_TYPE_ID`, флаги `Y`/`N`, `SETTINGS`, подписи (язык -> текст), у `enumeration` ещё `LIST`',
        en: 'The field: `ID`, `FIELD_NAME`, `USER_TYPE_ID`, `Y`/`N` flags, `SETTINGS`, labels (language -> text), and `LIST` for an `enumeration`',
      },
    },
    errors: [createAccessDeniedRow(owner, true), invalidIdRow, userFieldNotFoundRow],
    errorExample: 'invalidId',
    examples: [
      {
        id: `getField${seedField.ID}`,
        title: { ru: `Получить поле с \`id = ${seedField.ID}\``, en: `Get the field with \`id = ${seedField.ID}\`` },
        params: { id: seedField.ID },
        result: toUserFieldAnswer(seedField),
      },
    ],
    related: getRelatedUserFieldMethods(owner, 'get'),
    operation: byId(owner, 'get'),
  })
}

/** The operation of get, update and delete: one field by `id`, Access denied for another entity's. */
function byId(owner: UserFieldOwner, action: 'get' | 'update' | 'delete') {
  return {
    kind: 'userfield',
    action,
    entity: userFieldEntity,
    owner: owner.entity,
    by: 'id',
    notFound: 'notFound',
    foreign: 'accessDenied',
  } as const
}

/** crm.<entity>.userfield.update: the default store's field made required, its filter label changed. */
export function createUserFieldUpdateSpec(owner: UserFieldOwner): Spec {
  const { family, of, seedField } = owner
  return applyOwnPages(owner.pages, {
    method: `${family}.userfield.update`,
    scope: 'crm',
    summary: { ru: `Изменить пользовательское поле ${of.ru}`, en: `Update a custom field of ${of.en}` },
    description: {
      ru: `Метод \`${family}.userfield.update\` меняет подписи, флаги, настройки и элементы списка пользовательского поля ${of.ru}. Код, тип и множественность поля не меняются.`,
      en: `The \`${family}.userfield.update\` method changes the labels, flags, settings and list items of a custom field of ${of.en}. The code, the type and whether it is multiple stay.`,
    },
    access: createAdminAccess('update'),
    params: [
      createUserFieldIdParam(owner),
      {
        name: 'fields',
        type: 'object',
        required: true,
        invalidError: 'fieldsNotArray',
        description: {
          ru: `Что изменить, с ключами как у \`${family}.userfield.add\`. Элемент \`LIST\` с \`ID\` меняет элемент, с \`DEL: Y\` удаляет, без \`ID\` добавляет.`,
          en: `What to change, with the keys of \`${family}.userfield.add\`. A \`LIST\` item with an \`ID\` changes that item, with \`DEL: Y\` deletes it, without \`ID\` adds one.`,
        },
        properties: [...userFieldProperties],
      },
    ],
    result: { type: 'boolean', const: true, description: { ru: '`true`, если поле изменено', en: '`true` once the field is changed' } },
    errors: [
      createNotArrayRow('fieldsNotArray', 'fields'),
      invalidIdRow,
      createAccessDeniedRow(owner, true),
      userFieldNotFoundRow,
      itemXmlIdTakenRow,
    ],
    errorExample: 'accessDenied',
    examples: [
      {
        id: `updateField${seedField.ID}`,
        title: {
          ru: `Сделать поле ${seedField.ID} обязательным и сменить подпись фильтра`,
          en: `Make field ${seedField.ID} required and change its filter label`,
        },
        params: { id: seedField.ID, fields: { MANDATORY: 'Y', LIST_FILTER_LABEL: { ru: 'Подпись', en: 'Label' }, SORT: 200 } },
        result: true,
      },
    ],
    related: getRelatedUserFieldMethods(owner, 'update'),
    operation: { ...byId(owner, 'update'), fields: 'fields', refusals: { itemXmlIdTaken: 'itemXmlIdTaken' } },
  })
}

/** crm.<entity>.userfield.delete: the default store's field, and its values on the records. */
export function createUserFieldDeleteSpec(owner: UserFieldOwner): Spec {
  const { family, of, seedField } = owner
  return applyOwnPages(owner.pages, {
    method: `${family}.userfield.delete`,
    scope: 'crm',
    summary: { ru: `Удалить пользовательское поле ${of.ru}`, en: `Delete a custom field of ${of.en}` },
    description: {
      ru: `Метод \`${family}.userfield.delete\` удаляет пользовательское поле ${of.ru} вместе со значениями, которые оно хранило.`,
      en: `The \`${family}.userfield.delete\` method deletes a custom field of ${of.en} together with the values it held.`,
    },
    access: createAdminAccess('delete'),
    params: [createUserFieldIdParam(owner)],
    result: { type: 'boolean', const: true, description: { ru: '`true`, если поле удалено', en: '`true` once the field is deleted' } },
    errors: [
      invalidIdRow,
      createAccessDeniedRow(owner, true),
      userFieldNotFoundRow,
      {
        id: 'deleteFailed',
        code: '',
        status: 400,
        text: { ru: 'Ошибка удаления FIELD_NAME для объекта ENTITY_ID', en: 'Error deleting FIELD_NAME for object ENTITY_ID' },
        kind: 'serverError',
        when: { ru: 'Портал не смог удалить поле по своей причине', en: 'The portal failed to delete the field for a reason of its own' },
      },
    ],
    errorExample: 'accessDenied',
    examples: [
      {
        id: `deleteField${seedField.ID}`,
        title: { ru: `Удалить поле с \`id = ${seedField.ID}\``, en: `Delete the field with \`id = ${seedField.ID}\`` },
        params: { id: seedField.ID },
        result: true,
      },
    ],
    related: getRelatedUserFieldMethods(owner, 'delete'),
    operation: byId(owner, 'delete'),
  })
}

const flag = (name: string, ru: string, en: string) => ({ name, type: 'string', enum: yesNo, description: { ru, en } }) as const

/** crm.<entity>.userfield.list: exact-match filter, `LANG` labels, the default store's string fields. */
export function createUserFieldListSpec(owner: UserFieldOwner): Spec {
  const { family, of, seedField } = owner
  const english = (labels: Record<string, string>) => labels.en ?? ''
  return applyOwnPages(owner.pages, {
    method: `${family}.userfield.list`,
    scope: 'crm',
    summary: { ru: `Получить список пользовательских полей ${of.ru}`, en: `List the custom fields of ${of.en}` },
    description: {
      ru: `Метод \`${family}.userfield.list\` возвращает пользовательские поля ${of.ru}, отобранные фильтром по точному совпадению и упорядоченные по \`order\`.`,
      en: `The \`${family}.userfield.list\` method returns the custom fields of ${of.en} that match the filter exactly, sorted by \`order\`.`,
    },
    access: createReadAccess(owner),
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
          ru: 'Сортировка: поле (`ID`, `FIELD_NAME`, `USER_TYPE_ID`, `XML_ID`, `SORT`) -> `ASC` или `DESC`; по умолчанию `SORT`, затем `ID`.',
          en: 'The order: field (`ID`, `FIELD_NAME`, `USER_TYPE_ID`, `XML_ID`, `SORT`) -> `ASC` or `DESC`; `SORT`, then `ID` by default.',
        },
      },
    ],
    result: {
      type: 'array',
      description: {
        ru: `Поля в виде \`${family}.userfield.get\`; подписи строками на языке \`LANG\`, без него подписей нет`,
        en: `Fields shaped as \`${family}.userfield.get\` answers them; labels as strings in the \`LANG\` language, none without it`,
      },
    },
    errors: [
      createNotArrayRow('orderNotArray', 'order'),
      createNotArrayRow('filterNotArray', 'filter'),
      createAccessDeniedRow(owner, false),
    ],
    errorExample: 'filterNotArray',
    examples: [
      {
        id: 'listStringFields',
        title: { ru: 'Строковые поля с английскими подписями', en: 'The string fields, with English labels' },
        params: { filter: { USER_TYPE_ID: 'string', LANG: 'en' }, order: { SORT: 'ASC' } },
        result: [
          {
            ...toUserFieldAnswer(seedField),
            EDIT_FORM_LABEL: english(seedField.EDIT_FORM_LABEL),
            LIST_COLUMN_LABEL: english(seedField.LIST_COLUMN_LABEL),
            LIST_FILTER_LABEL: english(seedField.LIST_FILTER_LABEL),
            ERROR_MESSAGE: english(seedField.ERROR_MESSAGE),
            HELP_MESSAGE: english(seedField.HELP_MESSAGE),
          },
        ],
      },
    ],
    related: getRelatedUserFieldMethods(owner, 'list'),
    operation: { kind: 'userfield', action: 'list', entity: userFieldEntity, owner: owner.entity, filter: 'filter', order: 'order' },
  })
}
