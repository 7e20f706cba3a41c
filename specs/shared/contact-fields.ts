/**
 * The typed fields of a contact. Source: the official page api-reference/crm/contacts/crm-contact-fields.md
 * in bitrix24/b24restdocs (types, flags and English titles from its sample answer; `isRequired` false
 * throughout, since the sample's `true` on the name fields is a portal setting). Russian titles: the
 * portal's Russian field names. The page's remaining fields (ADDRESS_*, UTM_*, ORIGIN_*, LINK, PHOTO)
 * are left out until a method needs them.
 *
 * `fill`: what the portal writes by itself where the sent fields did not set it. crm.contact.add's page
 * and the fields page mark DATE_CREATE, DATE_MODIFY, CREATED_BY_ID and MODIFY_BY_ID read-only: the
 * portal sets the dates from its clock and the users from the caller, and update moves DATE_MODIFY and
 * MODIFY_BY_ID. ASSIGNED_BY_ID is the caller when not sent. OPENED and EXPORT default to `Y`, the CRM
 * settings' defaults (a portal admin can change OPENED's default; the mock keeps the shipped one).
 *
 * crm.item.* (entityTypeId 3) names the same fields in camelCase
 * (toCamelFieldName); where its name differs from the rule the field says so (`camelName`, from the
 * crm.item.get page's answer), and it answers the multi-fields only inside `fm`, so they are upperOnly.
 */
import type { EntitySpecInput } from '@b24kit/spec'

type Field = NonNullable<EntitySpecInput['fields']>[number]
const field = (name: string, type: Field['type'], ru: string, en: string, flags: Partial<Field> = {}): Field => ({
  name,
  type,
  title: { ru, en },
  ...flags,
})
const readOnly = { isReadOnly: true }

export const contactFields: Field[] = [
  field('ID', 'integer', 'ID', 'ID', readOnly),
  field('HONORIFIC', 'crm_status', 'Обращение', 'Salutation', { statusType: 'HONORIFIC' }),
  field('NAME', 'string', 'Имя', 'First Name'),
  field('SECOND_NAME', 'string', 'Отчество', 'Middle Name'),
  field('LAST_NAME', 'string', 'Фамилия', 'Last Name'),
  field('BIRTHDATE', 'date', 'Дата рождения', 'Birthdate'),
  field('TYPE_ID', 'crm_status', 'Тип контакта', 'Contact Type', { statusType: 'CONTACT_TYPE' }),
  field('SOURCE_ID', 'crm_status', 'Источник', 'Source', { statusType: 'SOURCE' }),
  field('SOURCE_DESCRIPTION', 'string', 'Дополнительно об источнике', 'Additional Source Info'),
  field('POST', 'string', 'Должность', 'Position'),
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  field('OPENED', 'char', 'Доступен для всех', 'Available to all', { fill: { source: 'default', on: 'add', value: 'Y' } }),
  field('EXPORT', 'char', 'Участвует в экспорте контактов', 'Participates in contact export', {
    fill: { source: 'default', on: 'add', value: 'Y' },
  }),
  field('HAS_PHONE', 'char', 'Задан телефон', 'Phone set', readOnly),
  field('HAS_EMAIL', 'char', 'Задан e-mail', 'E-mail set', readOnly),
  field('ASSIGNED_BY_ID', 'user', 'Ответственный', 'Responsible', { fill: { source: 'caller', on: 'add' } }),
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
  field('COMPANY_ID', 'crm_company', 'Компания', 'Company'),
  field('COMPANY_IDS', 'crm_company', 'Компании', 'COMPANY_IDS', { isMultiple: true }),
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead', readOnly),
  field('PHONE', 'crm_multifield', 'Телефон', 'Phone', { isMultiple: true, upperOnly: true }),
  field('EMAIL', 'crm_multifield', 'E-mail', 'E-mail', { isMultiple: true, upperOnly: true }),
  field('WEB', 'crm_multifield', 'Сайт', 'Website', { isMultiple: true, upperOnly: true }),
  field('IM', 'crm_multifield', 'Мессенджер', 'Messenger', { isMultiple: true, upperOnly: true }),
]
