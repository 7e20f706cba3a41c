/**
 * How the entity field lists in specs/shared are written: one `field(...)` line a field, and the
 * groups of fields the UPPER_CASE CRM entities (contact, company, deal, lead, quote) share word for
 * word on their `crm.<entity>.fields` pages, so each group is declared once.
 */
import type { EntitySpecInput } from '@b24kit/spec'

/** One typed field of an entity, as a spec declares it. */
export type Field = NonNullable<EntitySpecInput['fields']>[number]

/** A field: its UPPER_CASE name, type, short ru/en titles and any flags. */
export const field = (name: string, type: Field['type'], ru: string, en: string, flags: Partial<Field> = {}): Field => ({
  name,
  type,
  title: { ru, en },
  ...flags,
})

/** Set by the portal; add and update ignore it. */
export const readOnly = { isReadOnly: true }

/** The record's id, which the portal hands out. */
export const idField = field('ID', 'integer', 'ID', 'ID', readOnly)

/** A `Y`/`N` flag the crm.item.* pages type `boolean`. */
export const flag = (name: string, ru: string, en: string): Field =>
  field(name, 'boolean', ru, en, { enum: [{ value: 'Y' }, { value: 'N' }] })

/**
 * Who created and changed the record, and when. The pages mark all four read-only: the portal sets
 * the dates from its clock and the users from the caller, and every write moves the `MODIFY` pair.
 * crm.item.* names them as its common fields do (createdBy, updatedBy, createdTime, updatedTime).
 */
export const auditFields: Field[] = [
  field('CREATED_BY_ID', 'user', 'Кем создан', 'Created by', {
    ...readOnly,
    camelName: 'createdBy',
    fill: { source: 'caller', on: 'add' },
  }),
  field('MODIFY_BY_ID', 'user', 'Кем изменен', 'Modified by', {
    ...readOnly,
    camelName: 'updatedBy',
    fill: { source: 'caller', on: 'write' },
  }),
  field('DATE_CREATE', 'datetime', 'Дата создания', 'Creation Date', {
    ...readOnly,
    camelName: 'createdTime',
    fill: { source: 'now', on: 'add' },
  }),
  field('DATE_MODIFY', 'datetime', 'Дата изменения', 'Modification Date', {
    ...readOnly,
    camelName: 'updatedTime',
    fill: { source: 'now', on: 'write' },
  }),
]

/** Open to every user; `Y` by default, the CRM settings' shipped default. */
export const openedField = field('OPENED', 'char', 'Доступен для всех', 'Available to all', {
  fill: { source: 'default', on: 'add', value: 'Y' },
})

/** The responsible user: the caller when not sent. */
export const assignedField = field('ASSIGNED_BY_ID', 'user', 'Ответственный', 'Responsible', { fill: { source: 'caller', on: 'add' } })

/** Who last moved the record to another stage, and when (deal, lead); crm.item.* says movedBy. */
export const movedFields: Field[] = [
  field('MOVED_BY_ID', 'user', 'Кем перемещен', 'Moved by', { ...readOnly, camelName: 'movedBy' }),
  field('MOVED_TIME', 'datetime', 'Когда перемещен', 'Moved on', readOnly),
]

/**
 * The address of a lead, contact or company, as its `crm.<entity>.fields` page lists it. crm.item.*
 * answers the whole address as one `address` text (object-fields.md), so only ADDRESS keeps its
 * camelCase twin; the parts are the UPPER_CASE family's alone.
 */
export const addressFields: Field[] = [
  field('ADDRESS', 'string', 'Адрес', 'Address'),
  ...(
    [
      ['ADDRESS_2', 'Адрес, вторая строка', 'Address, line 2'],
      ['ADDRESS_CITY', 'Город', 'City'],
      ['ADDRESS_POSTAL_CODE', 'Почтовый индекс', 'Postal code'],
      ['ADDRESS_REGION', 'Район', 'Region'],
      ['ADDRESS_PROVINCE', 'Область', 'Province'],
      ['ADDRESS_COUNTRY', 'Страна', 'Country'],
      ['ADDRESS_COUNTRY_CODE', 'Код страны', 'Country code'],
    ] as const
  ).map(([name, ru, en]) => field(name, 'string', ru, en, { upperOnly: true })),
  field('ADDRESS_LOC_ADDR_ID', 'integer', 'Идентификатор адреса', 'Address ID', { upperOnly: true }),
]

/** The client of a deal, lead, quote or smart process item: one company, one main contact and the contacts. */
export const clientFields: Field[] = [
  field('COMPANY_ID', 'crm_company', 'Компания', 'Company'),
  field('CONTACT_ID', 'crm_contact', 'Контакт', 'Contact'),
  field('CONTACT_IDS', 'crm_contact', 'Контакты', 'Contacts', { isMultiple: true }),
]

/** Where the record came from in an outside system. */
export const originFields: Field[] = [
  field('ORIGINATOR_ID', 'string', 'Внешний источник', 'External source'),
  field('ORIGIN_ID', 'string', 'ID во внешнем источнике', 'ID in the external source'),
]

/** The advertising campaign marks (UTM) of the record. */
export const utmFields: Field[] = [
  field('UTM_SOURCE', 'string', 'Рекламная система', 'Ad system'),
  field('UTM_MEDIUM', 'string', 'Тип трафика', 'Traffic type'),
  field('UTM_CAMPAIGN', 'string', 'Обозначение кампании', 'Campaign'),
  field('UTM_CONTENT', 'string', 'Содержание кампании', 'Campaign content'),
  field('UTM_TERM', 'string', 'Условие поиска кампании', 'Campaign search term'),
]

/** The last timeline activity on the record; `flags` as the entity's page marks them. */
export const getLastActivityFields = (flags: Partial<Field> = readOnly): Field[] => [
  field('LAST_ACTIVITY_TIME', 'datetime', 'Последняя активность', 'Last activity', flags),
  field('LAST_ACTIVITY_BY', 'user', 'Автор последней активности', 'Last activity by', flags),
]

/**
 * The multi-fields (lists of `{ID, VALUE_TYPE, VALUE, TYPE_ID}`) of a contact, company or lead.
 * crm.item.* answers them only inside `fm`, so they are the UPPER_CASE family's alone.
 */
export const multiFields: Field[] = [
  field('PHONE', 'crm_multifield', 'Телефон', 'Phone', { isMultiple: true, upperOnly: true }),
  field('EMAIL', 'crm_multifield', 'E-mail', 'E-mail', { isMultiple: true, upperOnly: true }),
  field('WEB', 'crm_multifield', 'Сайт', 'Website', { isMultiple: true, upperOnly: true }),
  field('IM', 'crm_multifield', 'Мессенджер', 'Messenger', { isMultiple: true, upperOnly: true }),
]

/** The `HAS_*` flags the portal derives from the PHONE and EMAIL multi-fields. */
export const hasFields: Field[] = [
  field('HAS_PHONE', 'char', 'Задан телефон', 'Phone set', readOnly),
  field('HAS_EMAIL', 'char', 'Задан e-mail', 'E-mail set', readOnly),
]

/** Whether an open channel is bound to the record (company, lead). */
export const hasImolField = field('HAS_IMOL', 'char', 'Задана открытая линия', 'Open channel set', readOnly)

/**
 * The stage groups a `*_SEMANTIC_ID` field holds: `P` in progress, `S` successful, `F` failed.
 * (Values only: the mock's table keeps no description of an enum value.)
 */
export const stageSemanticEnum = [{ value: 'P' }, { value: 'S' }, { value: 'F' }]

/**
 * A field list as a `crm.<entity>.fields` answer prints it: name -> flags and the title in the
 * default portal language (ru), the same list the mock serves.
 */
export function describeFields(fields: Field[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      {
        type: f.type,
        isRequired: f.isRequired ?? false,
        isReadOnly: f.isReadOnly ?? false,
        isImmutable: f.isImmutable ?? false,
        isMultiple: f.isMultiple ?? false,
        isDynamic: f.isDynamic ?? false,
        ...(f.statusType === undefined ? {} : { statusType: f.statusType }),
        title: f.title.ru,
      },
    ]),
  )
}
