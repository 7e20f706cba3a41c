/**
 * The typed fields of a company. Source: the official page api-reference/crm/companies/crm-company-fields.md
 * in bitrix24/b24restdocs (names, types, flags, status directories from its sample answer; TITLE is
 * the one required field there), and api-reference/crm/universal/object-fields.md for the names
 * crm.item.* (entityTypeId 4) gives them: COMPANY_TYPE is its `typeId`, and the company's CONTACT_ID,
 * a list, its `contactIds`. Titles are our own short labels. Left out until a method needs them: the
 * REG_ADDRESS_* fields, ADDRESS_LEGAL, LINK, the sample's custom and parent fields, and what crm.item.*
 * alone answers (observers, the document generator's ufLogo/ufStamp/... files). The address:
 * addressFields (crm.company.get's answer prints it).
 */
import {
  addressFields,
  assignedField,
  auditFields,
  type Field,
  field,
  getLastActivityFields,
  hasFields,
  hasImolField,
  idField,
  multiFields,
  openedField,
  originFields,
  readOnly,
  utmFields,
} from './field.js'

export const companyFields: Field[] = [
  idField,
  field('TITLE', 'string', 'Название компании', 'Company name', { isRequired: true }),
  field('COMPANY_TYPE', 'crm_status', 'Тип компании', 'Company type', { statusType: 'COMPANY_TYPE', camelName: 'typeId' }),
  field('LOGO', 'file', 'Логотип', 'Logo'),
  field('BANKING_DETAILS', 'string', 'Банковские реквизиты', 'Bank details'),
  field('INDUSTRY', 'crm_status', 'Сфера деятельности', 'Industry', { statusType: 'INDUSTRY' }),
  field('EMPLOYEES', 'crm_status', 'Кол-во сотрудников', 'Employees', { statusType: 'EMPLOYEES' }),
  field('CURRENCY_ID', 'crm_currency', 'Валюта', 'Currency'),
  field('REVENUE', 'double', 'Годовой оборот', 'Annual revenue'),
  openedField,
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  ...hasFields,
  hasImolField,
  field('IS_MY_COMPANY', 'char', 'Моя компания', 'My company'),
  assignedField,
  ...auditFields,
  field('CONTACT_ID', 'crm_contact', 'Контакты', 'Contacts', { isMultiple: true, camelName: 'contactIds' }),
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead', readOnly),
  ...originFields,
  field('ORIGIN_VERSION', 'string', 'Версия оригинала', 'Original version'),
  ...addressFields,
  ...utmFields,
  // The company page, unlike the deal and lead pages, does not mark these two read-only.
  ...getLastActivityFields({}),
  ...multiFields,
]
