/**
 * The typed fields of a quote (an "estimate" in the English interface). Source: the official page
 * api-reference/crm/quote/crm-quote-fields.md in bitrix24/b24restdocs (names, types, flags, status
 * directory from its sample answer; TITLE is the one required field there), and
 * api-reference/crm/universal/object-fields.md for the names crm.item.* (entityTypeId 7) gives them:
 * a quote's STATUS_ID is its `stageId` there. Titles are our own short labels. Left out until a
 * method needs them: the sample's custom field and the disabled `*Short` fields of crm.item.*.
 */
import {
  assignedField,
  auditFields,
  clientFields,
  type Field,
  field,
  getLastActivityFields,
  idField,
  openedField,
  readOnly,
  utmFields,
} from './field.js'

export const quoteFields: Field[] = [
  idField,
  field('QUOTE_NUMBER', 'string', 'Номер предложения', 'Quote number', readOnly),
  field('TITLE', 'string', 'Тема', 'Subject', { isRequired: true }),
  field('STATUS_ID', 'crm_status', 'Стадия', 'Stage', { statusType: 'QUOTE_STATUS', camelName: 'stageId' }),
  field('CURRENCY_ID', 'crm_currency', 'Валюта', 'Currency'),
  field('OPPORTUNITY', 'double', 'Сумма', 'Amount'),
  field('TAX_VALUE', 'double', 'Сумма налога', 'Tax amount'),
  ...clientFields,
  field('MYCOMPANY_ID', 'crm_company', 'Реквизиты вашей компании', 'Your company details'),
  field('BEGINDATE', 'date', 'Дата выставления', 'Issued on'),
  field('CLOSEDATE', 'date', 'Срок', 'Due date'),
  field('ACTUAL_DATE', 'date', 'Действует до', 'Valid until'),
  openedField,
  field('CLOSED', 'char', 'Закрыто', 'Closed'),
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  field('CONTENT', 'string', 'Содержание', 'Content'),
  field('TERMS', 'string', 'Условия', 'Terms'),
  field('CLIENT_TITLE', 'string', 'Клиент', 'Client'),
  field('CLIENT_ADDR', 'string', 'Адрес клиента', 'Client address'),
  field('CLIENT_CONTACT', 'string', 'Контактное лицо', 'Contact person'),
  field('CLIENT_EMAIL', 'string', 'E-mail клиента', 'Client e-mail'),
  field('CLIENT_PHONE', 'string', 'Телефон клиента', 'Client phone'),
  field('CLIENT_TP_ID', 'string', 'ИНН клиента', 'Client tax ID'),
  field('CLIENT_TPA_ID', 'string', 'КПП клиента', 'Client KPP'),
  assignedField,
  ...auditFields,
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead'),
  field('DEAL_ID', 'crm_deal', 'Сделка', 'Deal'),
  field('PERSON_TYPE_ID', 'integer', 'Тип плательщика', 'Payer type'),
  field('LOCATION_ID', 'location', 'Местоположение', 'Location'),
  ...utmFields,
  ...getLastActivityFields(),
]
