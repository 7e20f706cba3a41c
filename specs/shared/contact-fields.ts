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
import { assignedField, auditFields, type Field, field, hasFields, idField, multiFields, openedField, readOnly } from './field.js'

export const contactFields: Field[] = [
  idField,
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
  openedField,
  field('EXPORT', 'char', 'Участвует в экспорте контактов', 'Participates in contact export', {
    fill: { source: 'default', on: 'add', value: 'Y' },
  }),
  ...hasFields,
  assignedField,
  ...auditFields,
  field('COMPANY_ID', 'crm_company', 'Компания', 'Company'),
  field('COMPANY_IDS', 'crm_company', 'Компании', 'COMPANY_IDS', { isMultiple: true }),
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead', readOnly),
  ...multiFields,
]
