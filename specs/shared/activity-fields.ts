/**
 * The fields of a CRM activity (crm.activity.*). Source: the official page
 * api-reference/crm/timeline/activities/activity-base/crm-activity-fields.md in bitrix24/b24restdocs:
 * names, the portal's type names, flags and the English titles of its sample answer. Russian titles
 * are our own short labels.
 *
 * One table serves two readers: crm.activity.fields answers it as the page prints it (the portal's
 * own type names), and the mock's `activity` entity stores its records by it. The model has no
 * `crm_enum_*` types: they hold small integer codes, which the entity stores as `integer` (answered
 * as strings, as the page's samples do). The fields whose values are structures the model cannot
 * type are handled two ways. COMMUNICATIONS and FILES, which add needs to be sent, are stored as
 * lists of objects (the model's `file` type: an object per item, kept as sent) and answered as null
 * until written; the pages' get and list samples leave them out. SETTINGS, PROVIDER_PARAMS, BINDINGS
 * and WEBDAV_ELEMENTS are described but not stored: add and update ignore them, get and list do not
 * answer them. Nor is IS_INCOMING_CHANNEL, which the get and list samples do not print.
 */
import { type Field, field } from './field.js'

/** One row: name, the portal's type, flags (R required, O read-only, I immutable, M multiple), en and ru titles. */
type ActivityFieldRow = [name: string, type: string, flags: string, en: string, ru: string]

const rows: ActivityFieldRow[] = [
  ['ID', 'integer', 'O', 'ID', 'ID'],
  ['OWNER_ID', 'integer', 'I', 'Owner ID', 'ID владельца'],
  ['OWNER_TYPE_ID', 'crm_enum_ownertype', 'I', 'Owner Type', 'Тип владельца'],
  ['TYPE_ID', 'crm_enum_activitytype', 'RI', 'Type', 'Тип'],
  ['PROVIDER_ID', 'string', '', 'Provider ID', 'Провайдер'],
  ['PROVIDER_TYPE_ID', 'string', '', 'Provider Type', 'Тип в провайдере'],
  ['PROVIDER_GROUP_ID', 'string', '', 'Connector Type', 'Группа провайдера'],
  ['ASSOCIATED_ENTITY_ID', 'integer', 'O', 'Associated Entity ID', 'Связанный объект'],
  ['SUBJECT', 'string', 'R', 'Subject', 'Тема'],
  ['START_TIME', 'datetime', '', 'Start', 'Начало'],
  ['END_TIME', 'datetime', '', 'Deadline', 'Окончание'],
  ['DEADLINE', 'datetime', '', 'Execution Deadline', 'Срок'],
  ['COMPLETED', 'char', '', 'Completed', 'Завершено'],
  ['STATUS', 'crm_enum_activitystatus', '', 'Status', 'Статус'],
  ['RESPONSIBLE_ID', 'user', 'R', 'Responsible', 'Ответственный'],
  ['PRIORITY', 'crm_enum_activitypriority', '', 'Priority', 'Важность'],
  ['NOTIFY_TYPE', 'crm_enum_activitynotifytype', '', 'Notification Type', 'Тип напоминания'],
  ['NOTIFY_VALUE', 'integer', '', 'Notification Parameter', 'Срок напоминания'],
  ['DESCRIPTION', 'string', '', 'Description', 'Описание'],
  ['DESCRIPTION_TYPE', 'crm_enum_contenttype', '', 'Description Type', 'Формат описания'],
  ['DIRECTION', 'crm_enum_activitydirection', '', 'Direction', 'Направление'],
  ['LOCATION', 'string', '', 'Location', 'Место'],
  ['CREATED', 'datetime', 'O', 'Creation Date', 'Дата создания'],
  ['AUTHOR_ID', 'user', 'O', 'Created By', 'Автор'],
  ['LAST_UPDATED', 'datetime', 'O', 'Last Updated Date', 'Дата изменения'],
  ['EDITOR_ID', 'user', 'O', 'Edited By', 'Кем изменено'],
  ['SETTINGS', 'object', '', 'Settings', 'Настройки'],
  ['ORIGIN_ID', 'string', '', 'External Code', 'ID во внешнем источнике'],
  ['ORIGINATOR_ID', 'string', '', 'External Source', 'Внешний источник'],
  ['RESULT_STATUS', 'integer', '', 'RESULT_STATUS', 'RESULT_STATUS'],
  ['RESULT_STREAM', 'integer', '', 'RESULT_STREAM', 'RESULT_STREAM'],
  ['RESULT_SOURCE_ID', 'string', '', 'RESULT_SOURCE_ID', 'RESULT_SOURCE_ID'],
  ['PROVIDER_PARAMS', 'object', '', 'Provider Parameters', 'Параметры провайдера'],
  ['PROVIDER_DATA', 'string', '', 'Provider Data', 'Данные провайдера'],
  ['RESULT_MARK', 'integer', '', 'RESULT_MARK', 'RESULT_MARK'],
  ['RESULT_VALUE', 'double', '', 'RESULT_VALUE', 'RESULT_VALUE'],
  ['RESULT_SUM', 'double', '', 'RESULT_SUM', 'RESULT_SUM'],
  ['RESULT_CURRENCY_ID', 'string', '', 'RESULT_CURRENCY_ID', 'RESULT_CURRENCY_ID'],
  ['AUTOCOMPLETE_RULE', 'integer', '', 'Autocomplete', 'Автозавершение'],
  ['BINDINGS', 'crm_activity_binding', 'OM', 'Bindings', 'Привязки'],
  ['COMMUNICATIONS', 'crm_activity_communication', 'RM', 'Communication Channel', 'Средства связи'],
  ['FILES', 'diskfile', 'M', 'Files', 'Файлы'],
  ['WEBDAV_ELEMENTS', 'diskfile', 'M', 'Files', 'Файлы'],
  ['IS_INCOMING_CHANNEL', 'char', 'O', 'IS_INCOMING_CHANNEL', 'IS_INCOMING_CHANNEL'],
]

/** The model type the mock stores a field as; undefined for a structure it cannot type. */
function getStoredType(name: string, type: string): Field['type'] | undefined {
  if (name === 'IS_INCOMING_CHANNEL') return undefined
  if (name === 'COMMUNICATIONS' || name === 'FILES') return 'file'
  if (type.startsWith('crm_enum_')) return 'integer'
  if (type === 'integer' || type === 'user' || type === 'string' || type === 'datetime' || type === 'char' || type === 'double') return type
  return undefined
}

/**
 * What the portal writes by itself: the dates from its clock, the author and editor from the caller,
 * and the defaults an activity gets when they are not sent (not completed, normal priority, plain text).
 */
const fills: Partial<Record<string, Field['fill']>> = {
  CREATED: { source: 'now', on: 'add' },
  LAST_UPDATED: { source: 'now', on: 'write' },
  AUTHOR_ID: { source: 'caller', on: 'add' },
  EDITOR_ID: { source: 'caller', on: 'write' },
  COMPLETED: { source: 'default', on: 'add', value: 'N' },
}

/** The fields the mock's `activity` entity stores and answers. */
export const activityFields: Field[] = rows.flatMap(([name, type, flags, en, ru]) => {
  const stored = getStoredType(name, type)
  if (!stored) return []
  const fill = fills[name]
  return [
    field(name, stored, ru, en, {
      ...(flags.includes('R') ? { isRequired: true } : {}),
      ...(flags.includes('O') ? { isReadOnly: true } : {}),
      ...(flags.includes('I') ? { isImmutable: true } : {}),
      ...(flags.includes('M') ? { isMultiple: true } : {}),
      ...(fill ? { fill } : {}),
    }),
  ]
})

/** crm.activity.fields' answer: every field with the portal's type names and English titles, as the page prints it. */
export const activityFieldsDescription: Record<string, Record<string, unknown>> = Object.fromEntries(
  rows.map(([name, type, flags, en]) => [
    name,
    {
      type,
      isRequired: flags.includes('R'),
      isReadOnly: flags.includes('O'),
      isImmutable: flags.includes('I'),
      isMultiple: flags.includes('M'),
      isDynamic: false,
      title: en,
    },
  ]),
)

/**
 * The default store's activities. crm.activity.get, .update and .delete's pages work on activity 999,
 * as crm.activity.get's sample answer prints it; crm.activity.list's page asks for contact 102's
 * activities and answers activity 20 (its sample prints owner 15, which its own filter would not
 * match: the store binds activity 20 to contact 102 so the request works as written).
 */
const outgoingCall = {
  TYPE_ID: 2,
  PROVIDER_ID: 'VOXIMPLANT_CALL',
  PROVIDER_TYPE_ID: 'CALL',
  PROVIDER_GROUP_ID: null,
  ASSOCIATED_ENTITY_ID: 0,
  COMPLETED: 'Y',
  STATUS: 2,
  RESPONSIBLE_ID: 505,
  PRIORITY: 2,
  NOTIFY_TYPE: 1,
  NOTIFY_VALUE: 15,
  DESCRIPTION: '',
  DESCRIPTION_TYPE: 1,
  DIRECTION: 2,
  LOCATION: '',
  ORIGINATOR_ID: null,
  ORIGIN_ID: null,
  AUTHOR_ID: 505,
  EDITOR_ID: 505,
  PROVIDER_DATA: null,
  RESULT_MARK: 0,
  RESULT_VALUE: null,
  RESULT_SUM: null,
  RESULT_CURRENCY_ID: null,
  RESULT_STATUS: 0,
  RESULT_STREAM: 0,
  RESULT_SOURCE_ID: null,
  AUTOCOMPLETE_RULE: 0,
}

export const activitySeed = [
  {
    ID: 20,
    OWNER_ID: 102,
    OWNER_TYPE_ID: 3,
    SUBJECT: 'Outgoing call Klaus Weber',
    CREATED: '2020-09-27T13:26:55+03:00',
    LAST_UPDATED: '2021-03-21T20:28:24+03:00',
    START_TIME: '2020-09-27T13:25:00+03:00',
    END_TIME: '2020-09-27T19:25:00+03:00',
    DEADLINE: '2020-09-27T13:25:00+03:00',
    ...outgoingCall,
  },
  {
    ID: 999,
    OWNER_ID: 15,
    OWNER_TYPE_ID: 3,
    SUBJECT: 'Outgoing call Andrew Johnson',
    CREATED: '2020-09-27T13:26:55+02:00',
    LAST_UPDATED: '2021-03-21T20:28:24+02:00',
    START_TIME: '2020-09-27T13:25:00+02:00',
    END_TIME: '2020-09-27T19:25:00+02:00',
    DEADLINE: '2020-09-27T13:25:00+02:00',
    ...outgoingCall,
  },
]

/** The call fields activities 20 and 999 share, as get and list print them (ids and codes as strings). */
export const outgoingCallAnswer = {
  TYPE_ID: '2',
  PROVIDER_ID: 'VOXIMPLANT_CALL',
  PROVIDER_TYPE_ID: 'CALL',
  PROVIDER_GROUP_ID: null,
  ASSOCIATED_ENTITY_ID: '0',
  COMPLETED: 'Y',
  STATUS: '2',
  RESPONSIBLE_ID: '505',
  PRIORITY: '2',
  NOTIFY_TYPE: '1',
  NOTIFY_VALUE: '15',
  DESCRIPTION: '',
  DESCRIPTION_TYPE: '1',
  DIRECTION: '2',
  LOCATION: '',
  ORIGINATOR_ID: null,
  ORIGIN_ID: null,
  AUTHOR_ID: '505',
  EDITOR_ID: '505',
  PROVIDER_DATA: null,
  RESULT_MARK: '0',
  RESULT_VALUE: null,
  RESULT_SUM: null,
  RESULT_CURRENCY_ID: null,
  RESULT_STATUS: '0',
  RESULT_STREAM: '0',
  RESULT_SOURCE_ID: null,
  AUTOCOMPLETE_RULE: '0',
  // Not in the pages' samples: the default store holds no communications or files for them.
  COMMUNICATIONS: null,
  FILES: null,
}
