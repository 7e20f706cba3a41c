/**
 * The typed fields of a contact. Source: the official page api-reference/crm/contacts/crm-contact-fields.md
 * in bitrix24/b24restdocs (types, flags and English titles from its sample answer; `isRequired` false
 * throughout, since the sample's `true` on the name fields is a portal setting). Russian titles: the
 * portal's Russian field names. The page's remaining fields (ADDRESS_*, UTM_*, ORIGIN_*, LINK, PHOTO)
 * are left out until a method needs them. crm.item.* (entityTypeId 3) names the same fields in camelCase
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
  field('OPENED', 'char', 'Доступен для всех', 'Available to all'),
  field('EXPORT', 'char', 'Участвует в экспорте контактов', 'Participates in contact export'),
  field('HAS_PHONE', 'char', 'Задан телефон', 'Phone set', readOnly),
  field('HAS_EMAIL', 'char', 'Задан e-mail', 'E-mail set', readOnly),
  field('ASSIGNED_BY_ID', 'user', 'Ответственный', 'Responsible'),
  field('CREATED_BY_ID', 'user', 'Кем создан', 'Created by', { ...readOnly, camelName: 'createdBy' }),
  field('MODIFY_BY_ID', 'user', 'Кем изменен', 'Modified by', { ...readOnly, camelName: 'updatedBy' }),
  field('DATE_CREATE', 'datetime', 'Дата создания', 'Creation Date', { ...readOnly, camelName: 'createdTime' }),
  field('DATE_MODIFY', 'datetime', 'Дата изменения', 'Modification Date', { ...readOnly, camelName: 'updatedTime' }),
  field('COMPANY_ID', 'crm_company', 'Компания', 'Company'),
  field('COMPANY_IDS', 'crm_company', 'Компании', 'COMPANY_IDS', { isMultiple: true }),
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead', readOnly),
  field('PHONE', 'crm_multifield', 'Телефон', 'Phone', { isMultiple: true, upperOnly: true }),
  field('EMAIL', 'crm_multifield', 'E-mail', 'E-mail', { isMultiple: true, upperOnly: true }),
  field('WEB', 'crm_multifield', 'Сайт', 'Website', { isMultiple: true, upperOnly: true }),
  field('IM', 'crm_multifield', 'Мессенджер', 'Messenger', { isMultiple: true, upperOnly: true }),
]
