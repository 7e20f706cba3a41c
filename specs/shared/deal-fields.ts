/**
 * The typed fields of a deal. Source: the official page api-reference/crm/deals/crm-deal-fields.md in
 * bitrix24/b24restdocs (names, types, flags, status directories from its sample answer), and
 * api-reference/crm/universal/object-fields.md for the names crm.item.* (entityTypeId 2) gives them.
 * Titles are our own short labels. Left out: the fields crm.item.* alone answers (observers and the
 * disabled `*Short` ones), since the UPPER_CASE family has no place for them yet.
 */
import {
  assignedField,
  auditFields,
  clientFields,
  type Field,
  field,
  getLastActivityFields,
  idField,
  movedFields,
  openedField,
  originFields,
  readOnly,
  stageSemanticEnum,
  utmFields,
} from './field.js'

export const dealFields: Field[] = [
  idField,
  field('TITLE', 'string', 'Название', 'Title'),
  field('TYPE_ID', 'crm_status', 'Тип', 'Type', { statusType: 'DEAL_TYPE' }),
  field('CATEGORY_ID', 'crm_category', 'Воронка', 'Pipeline', { isImmutable: true }),
  field('STAGE_ID', 'crm_status', 'Стадия', 'Stage', { statusType: 'DEAL_STAGE' }),
  field('STAGE_SEMANTIC_ID', 'string', 'Группа стадии', 'Stage group', { ...readOnly, enum: stageSemanticEnum }),
  field('IS_NEW', 'char', 'Новая сделка', 'New deal', readOnly),
  field('IS_RECURRING', 'char', 'Регулярная сделка', 'Recurring deal'),
  field('IS_RETURN_CUSTOMER', 'char', 'Повторная сделка', 'Repeat deal'),
  field('IS_REPEATED_APPROACH', 'char', 'Повторное обращение', 'Repeated approach'),
  field('PROBABILITY', 'integer', 'Вероятность, %', 'Probability, %'),
  field('CURRENCY_ID', 'crm_currency', 'Валюта', 'Currency'),
  field('OPPORTUNITY', 'double', 'Сумма', 'Amount'),
  field('IS_MANUAL_OPPORTUNITY', 'char', 'Сумма задана вручную', 'Amount set by hand'),
  field('TAX_VALUE', 'double', 'Сумма налога', 'Tax amount'),
  ...clientFields,
  field('QUOTE_ID', 'crm_quote', 'Предложение', 'Quote', readOnly),
  field('BEGINDATE', 'date', 'Дата начала', 'Start date'),
  field('CLOSEDATE', 'date', 'Дата завершения', 'Close date'),
  openedField,
  field('CLOSED', 'char', 'Закрыта', 'Closed'),
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  assignedField,
  ...auditFields,
  ...movedFields,
  field('SOURCE_ID', 'crm_status', 'Источник', 'Source', { statusType: 'SOURCE' }),
  field('SOURCE_DESCRIPTION', 'string', 'Дополнительно об источнике', 'Source details'),
  field('LEAD_ID', 'crm_lead', 'Лид', 'Lead', readOnly),
  field('ADDITIONAL_INFO', 'string', 'Дополнительная информация', 'Additional information'),
  field('LOCATION_ID', 'location', 'Местоположение', 'Location'),
  ...originFields,
  ...utmFields,
  ...getLastActivityFields(),
]
