/**
 * The typed fields of a lead. Source: the official page api-reference/crm/leads/crm-lead-fields.md in
 * bitrix24/b24restdocs (names, types, flags, status directories from its sample answer), and
 * api-reference/crm/universal/object-fields.md for the names crm.item.* (entityTypeId 1) gives them:
 * a lead's STATUS_ID is its `stageId` there, STATUS_SEMANTIC_ID its `stageSemanticId`. Titles are
 * our own short labels. The address: addressFields (crm.lead.get's answer prints it).
 * Left out until a method needs them: the link multi-field (LINK) and what crm.item.* alone answers (observers, the disabled `*Short` fields).
 */
import {
  addressFields,
  assignedField,
  auditFields,
  clientFields,
  type Field,
  field,
  getLastActivityFields,
  hasFields,
  hasImolField,
  idField,
  movedFields,
  multiFields,
  openedField,
  originFields,
  readOnly,
  stageSemanticEnum,
  utmFields,
} from './field.js'

export const leadFields: Field[] = [
  idField,
  field('TITLE', 'string', 'Название лида', 'Lead title'),
  field('HONORIFIC', 'crm_status', 'Обращение', 'Salutation', { statusType: 'HONORIFIC' }),
  field('NAME', 'string', 'Имя', 'First name'),
  field('SECOND_NAME', 'string', 'Отчество', 'Middle name'),
  field('LAST_NAME', 'string', 'Фамилия', 'Last name'),
  field('BIRTHDATE', 'date', 'Дата рождения', 'Birthdate'),
  field('COMPANY_TITLE', 'string', 'Название компании', 'Company name'),
  field('SOURCE_ID', 'crm_status', 'Источник', 'Source', { statusType: 'SOURCE' }),
  field('SOURCE_DESCRIPTION', 'string', 'Дополнительно об источнике', 'Source details'),
  field('STATUS_ID', 'crm_status', 'Стадия', 'Stage', { statusType: 'STATUS', camelName: 'stageId' }),
  field('STATUS_DESCRIPTION', 'string', 'Дополнительно о стадии', 'Stage details'),
  field('STATUS_SEMANTIC_ID', 'string', 'Группа стадии', 'Stage group', {
    ...readOnly,
    camelName: 'stageSemanticId',
    enum: stageSemanticEnum,
  }),
  field('POST', 'string', 'Должность', 'Position'),
  field('CURRENCY_ID', 'crm_currency', 'Валюта', 'Currency'),
  field('OPPORTUNITY', 'double', 'Сумма', 'Amount'),
  field('IS_MANUAL_OPPORTUNITY', 'char', 'Сумма задана вручную', 'Amount set by hand'),
  openedField,
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  ...hasFields,
  hasImolField,
  assignedField,
  ...auditFields,
  ...movedFields,
  ...addressFields,
  ...clientFields,
  field('IS_RETURN_CUSTOMER', 'char', 'Повторный лид', 'Returning lead', readOnly),
  field('DATE_CLOSED', 'datetime', 'Дата закрытия', 'Closed on', readOnly),
  ...originFields,
  ...utmFields,
  ...getLastActivityFields(),
  ...multiFields,
]
