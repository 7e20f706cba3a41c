/**
 * The custom fields of requisites (crm.requisite.userfield.*): the owner, its default store field and
 * the rows and write rule its pages give. Sources: the official pages
 * api-reference/crm/requisites/user-fields/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian). Another REST handler serves requisites than the one of
 * contacts, deals, leads, companies and quotes, so its rows differ: `Fail to ...` rows for a field the
 * portal could not save, a repeated list item XML_ID answered as `Fail to save enumeration field
 * values`, an empty code for a missing field on update and delete. The texts carry the final period
 * the pages' sample error answers show where the tables drop it.
 */
import type { ErrorRowInput } from '@b24kit/spec'
import { type DocsDifference, keepFinalPeriods } from './docs-differences.js'
import {
  contactHelloField,
  createAccessDeniedRow,
  invalidIdRow,
  type StoredUserField,
  type UserFieldOwner,
  userFieldEntity,
} from './userfield-method.js'

const lineLabels = { en: 'PP - Line', de: 'PP - Line' }
const nameLabels = { en: 'UF_CRM_NEWTECH_V1_STRING', de: 'UF_CRM_NEWTECH_V1_STRING' }

/** The default store's requisite custom field: field 235, as the get page answers it. */
export const requisiteLineField: StoredUserField = {
  ...contactHelloField,
  ID: 235,
  ENTITY_ID: 'CRM_REQUISITE',
  FIELD_NAME: 'UF_CRM_NEWTECH_V1_STRING',
  SORT: 100,
  SHOW_FILTER: 'N',
  IS_SEARCHABLE: 'N',
  EDIT_FORM_LABEL: lineLabels,
  LIST_COLUMN_LABEL: lineLabels,
  LIST_FILTER_LABEL: lineLabels,
  ERROR_MESSAGE: nameLabels,
  HELP_MESSAGE: nameLabels,
}

const row = (id: string, code: string, text: ErrorRowInput['text'], kind: ErrorRowInput['kind'], ru: string, en: string) =>
  ({ id, code, status: 400, text, kind, when: { ru, en } }) as const satisfies ErrorRowInput

const of = { ru: 'реквизитов', en: 'requisites' }
const owner = { entity: 'requisite', family: 'crm.requisite', entityId: 'CRM_REQUISITE', of, seedField: requisiteLineField }

const nameMissing = row(
  'nameMissing',
  '',
  "The 'FIELD_NAME' field is not found.",
  'invalidParams',
  'Не передан `FIELD_NAME`',
  '`FIELD_NAME` is not given',
)
const typeMissing = row(
  'typeMissing',
  '',
  "The 'USER_TYPE_ID' field is not found.",
  'invalidParams',
  'Не передан `USER_TYPE_ID`',
  '`USER_TYPE_ID` is not given',
)
const nameTaken = row(
  'nameTaken',
  'ERROR_CORE',
  {
    ru: 'Поле FIELD_NAME для объекта CRM_REQUISITE уже существует.',
    en: 'The field FIELD_NAME for the CRM_REQUISITE object already exists.',
  },
  'invalidParams',
  'У реквизитов уже есть поле с этим кодом; сервер называет код',
  'Requisites have a field with this code already; the server names the code',
)
const enumerationFailed = row(
  'itemXmlIdTaken',
  'ERROR_CORE',
  'Fail to save enumeration field values',
  'invalidParams',
  'Не сохранились элементы списка, например у двух одинаковый `XML_ID`',
  'The list items were not saved, as when two share an `XML_ID`',
)
const failed = (id: string, text: string, ru: string, en: string) => row(id, 'ERROR_CORE', text, 'serverError', ru, en)
const notFound = (code: string) =>
  row(
    'notFound',
    code,
    "The entity with ID 'id' is not found.",
    'notFound',
    'Пользовательского поля с таким `id` нет',
    'No custom field has the given `id`',
  )
const accessDenied = createAccessDeniedRow(owner, true)

/** The requisite owner, with the rows of its own pages and their write rule. */
export const requisiteOwner: UserFieldOwner = {
  ...owner,
  pages: {
    writeAccess: {
      entity: userFieldEntity,
      permission: 'update',
      description: {
        ru: 'администратор или пользователь с правом CRM «Разрешить изменять настройки»',
        en: 'an administrator, or a user with the CRM right "Allow to modify settings"',
      },
      deniedError: 'accessDenied',
    },
    rows: {
      add: [
        nameTaken,
        typeMissing,
        nameMissing,
        { ...accessDenied, when: { ru: 'Нет права менять настройки CRM', en: 'No right to change the CRM settings' } },
        failed('createFailed', 'Fail to create new user field', 'Портал не смог создать поле', 'The portal failed to create the field'),
        enumerationFailed,
      ],
      get: [invalidIdRow, notFound('ERROR_NOT_FOUND'), accessDenied],
      update: [
        row(
          'entityIdMissing',
          '',
          'Operation is not allowed. Entity ID is not defined',
          'notFound',
          'Поле с таким `id` не найдено среди полей реквизитов',
          'No requisite custom field has the given `id`',
        ),
        notFound(''),
        invalidIdRow,
        accessDenied,
        failed('updateFailed', 'Fail to update user field', 'Портал не смог изменить поле', 'The portal failed to update the field'),
        enumerationFailed,
      ],
      delete: [
        notFound(''),
        invalidIdRow,
        accessDenied,
        failed('deleteFailed', 'Fail to delete user field', 'Портал не смог удалить поле', 'The portal failed to delete the field'),
      ],
      list: [{ ...accessDenied, when: { ru: 'Нет права читать реквизиты', en: 'No right to read requisites' } }],
    },
  },
}

const placeholder = (rowId: string, docs: string, lang?: 'ru' | 'en'): DocsDifference => ({
  path: `errors[${rowId}].text${lang ? `.${lang}` : ''}`,
  docs,
  reason: 'the page prints the name or id of its example where the server puts the one of the call; the spec writes the placeholder',
})
const notFound235 = placeholder('notFound', "The entity with ID '235' is not found")

/** Where the requisite custom field specs differ from their pages on purpose, by method. */
export function getRequisiteUserFieldDifferences(action: 'add' | 'get' | 'update' | 'delete' | 'list'): DocsDifference[] {
  const byAction: Record<typeof action, DocsDifference[]> = {
    add: [
      placeholder('nameTaken', 'The field UF_CRM_NEWTECH_V1_STRING for the CRM_REQUISITE object already exists', 'en'),
      placeholder('nameTaken', 'Поле UF_CRM_NEWTECH_V1_STRING для объекта CRM_REQUISITE уже существует', 'ru'),
      ...keepFinalPeriods({
        typeMissing: "The 'USER_TYPE_ID' field is not found",
        nameMissing: "The 'FIELD_NAME' field is not found",
        accessDenied: 'Access denied',
      }),
    ],
    get: [
      notFound235,
      ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid' }),
      {
        path: 'errors[code Empty string", text Access denied]',
        docs: 'present',
        reason: 'the English table\'s code cell reads `Empty string"` (a stray quote); the Russian and the other pages give an empty code',
      },
      { path: 'errors[accessDenied]', docs: '(absent)', reason: 'the same row, with the empty code and the final period' },
    ],
    update: [notFound235, ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' })],
    delete: [notFound235, ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' })],
    list: keepFinalPeriods({ accessDenied: 'Access denied' }),
  }
  return byAction[action]
}
