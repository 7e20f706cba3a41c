/**
 * The entities the universal crm.item.* and crm.type.* methods add: `item`, the fields every smart
 * process item starts with, and `type`, a smart process type whose records become entity types that
 * crm.item.* serves. Sources: the official pages api-reference/crm/universal/object-fields.md and
 * user-defined-object-types/crm-type-fields.md in bitrix24/b24restdocs (names, types, flags). Fields
 * are stored UPPER_CASE; the methods answer them in camelCase by the one rule of toCamelFieldName.
 */
import { defineEntity } from '@b24kit/spec'
import { clientFields, type Field, field, flag, idField, readOnly } from './field.js'

/** The base fields of a smart process item (the crm.item.fields answer without custom fields). */
export const itemFields: Field[] = [
  idField,
  field('XML_ID', 'string', 'Внешний код', 'External code'),
  field('TITLE', 'string', 'Название', 'Title'),
  field('CREATED_BY', 'user', 'Кем создан', 'Created by', readOnly),
  field('UPDATED_BY', 'user', 'Кем изменен', 'Modified by', readOnly),
  field('MOVED_BY', 'user', 'Кем перемещен', 'Moved by', readOnly),
  field('CREATED_TIME', 'datetime', 'Когда создан', 'Created on', readOnly),
  field('UPDATED_TIME', 'datetime', 'Когда изменен', 'Modified on', readOnly),
  field('MOVED_TIME', 'datetime', 'Когда перемещен', 'Moved on', readOnly),
  field('CATEGORY_ID', 'crm_category', 'Воронка', 'Pipeline', { isImmutable: true }),
  flag('OPENED', 'Доступен для всех', 'Available to everyone'),
  field('STAGE_ID', 'crm_status', 'Стадия', 'Stage'),
  field('PREVIOUS_STAGE_ID', 'crm_status', 'Предыдущая стадия', 'Previous stage', readOnly),
  field('BEGINDATE', 'date', 'Дата начала', 'Start date'),
  field('CLOSEDATE', 'date', 'Дата завершения', 'End date'),
  ...clientFields,
  field('OPPORTUNITY', 'double', 'Сумма', 'Amount'),
  flag('IS_MANUAL_OPPORTUNITY', 'Сумма заполняется вручную', 'Amount entered manually'),
  field('TAX_VALUE', 'double', 'Сумма налога', 'Tax amount'),
  field('CURRENCY_ID', 'crm_currency', 'Валюта', 'Currency'),
  field('MYCOMPANY_ID', 'crm_company', 'Реквизиты вашей компании', 'Your company details'),
  field('SOURCE_ID', 'crm_status', 'Источник', 'Source', { statusType: 'SOURCE' }),
  field('SOURCE_DESCRIPTION', 'text', 'Дополнительно об источнике', 'Source information'),
  field('ASSIGNED_BY_ID', 'user', 'Ответственный', 'Responsible person'),
  field('OBSERVERS', 'user', 'Наблюдатели', 'Observers', { isMultiple: true }),
  field('ENTITY_TYPE_ID', 'integer', 'Тип объекта', 'Object type', readOnly),
]

/** A smart process item; the store holds the items of every smart process, told apart by ENTITY_TYPE_ID. */
export const item = defineEntity({
  name: 'item',
  title: { ru: 'Элемент смарт-процесса', en: 'Smart process item' },
  idField: 'ID',
  // The crm.item.delete page deletes item 1 of the smart process 1268, so the default store holds it.
  seed: [
    {
      ID: 1,
      ENTITY_TYPE_ID: 1268,
      TITLE: 'Delivery #1',
      CATEGORY_ID: 16,
      STAGE_ID: 'DT1268_16:NEW',
      OPENED: 'Y',
      IS_MANUAL_OPPORTUNITY: 'N',
      OPPORTUNITY: 0,
      CURRENCY_ID: 'USD',
      ASSIGNED_BY_ID: 1,
      CREATED_BY: 1,
      UPDATED_BY: 1,
      CREATED_TIME: '2024-07-22T18:00:08+02:00',
      UPDATED_TIME: '2024-07-22T18:00:08+02:00',
      OBSERVERS: [],
      CONTACT_IDS: [],
    },
  ],
  fields: itemFields,
})

/** The fields of a smart process type (crm.type.fields). */
export const typeFields: Field[] = [
  idField,
  field('TITLE', 'string', 'Название', 'Title', { isRequired: true }),
  field('CODE', 'string', 'Символьный код', 'Code'),
  field('CREATED_BY', 'user', 'Кем создан', 'Created by', readOnly),
  field('ENTITY_TYPE_ID', 'integer', 'Идентификатор типа', 'Entity type ID', { isImmutable: true }),
  field('CUSTOM_SECTION_ID', 'integer', 'Цифровое рабочее место', 'Workspace'),
  flag('IS_CATEGORIES_ENABLED', 'Свои воронки и туннели продаж', 'Custom pipelines and sales tunnels'),
  flag('IS_STAGES_ENABLED', 'Свои стадии', 'Custom stages'),
  flag('IS_BEGIN_CLOSE_DATES_ENABLED', 'Поля «Дата начала» и «Дата завершения»', '"Start date" and "End date" fields'),
  flag('IS_CLIENT_ENABLED', 'Поле «Клиент»', '"Client" field'),
  flag('IS_USE_IN_USERFIELD_ENABLED', 'Использовать в пользовательском поле', 'Use in a custom field'),
  flag('IS_LINK_WITH_PRODUCTS_ENABLED', 'Привязка товаров каталога', 'Catalog products binding'),
  flag('IS_MYCOMPANY_ENABLED', 'Поле «Реквизиты вашей компании»', '"Your company details" field'),
  flag('IS_DOCUMENTS_ENABLED', 'Печать документов', 'Document printing'),
  flag('IS_SOURCE_ENABLED', 'Поля «Источник»', '"Source" fields'),
  flag('IS_OBSERVERS_ENABLED', 'Поле «Наблюдатели»', '"Observers" field'),
  flag('IS_RECYCLEBIN_ENABLED', 'Использовать корзину', 'Use the recycle bin'),
  flag('IS_AUTOMATION_ENABLED', 'Роботы и триггеры', 'Automation rules and triggers'),
  flag('IS_BIZ_PROC_ENABLED', 'Дизайнер бизнес-процессов', 'Workflow designer'),
  flag('IS_SET_OPEN_PERMISSIONS', 'Открытые права на новые воронки', 'Open permissions on new pipelines'),
  flag('IS_PAYMENTS_ENABLED', 'Оплаты', 'Payments'),
  flag('IS_COUNTERS_ENABLED', 'Счетчики', 'Counters'),
  field('CREATED_TIME', 'datetime', 'Когда создан', 'Created on', readOnly),
  field('UPDATED_TIME', 'datetime', 'Когда изменен', 'Modified on', readOnly),
  field('UPDATED_BY', 'user', 'Кем изменен', 'Modified by', readOnly),
]

/** A smart process type: each record is an entity type whose items crm.item.* serves. */
export const type = defineEntity({
  name: 'type',
  title: { ru: 'Смарт-процесс', en: 'Smart process' },
  idField: 'ID',
  definesEntityTypes: { field: 'ENTITY_TYPE_ID', itemEntity: 'item' },
  seed: [
    {
      ID: 16,
      TITLE: 'Deliveries',
      CODE: '',
      CREATED_BY: 1,
      ENTITY_TYPE_ID: 1268,
      IS_CATEGORIES_ENABLED: 'Y',
      IS_STAGES_ENABLED: 'Y',
      IS_BEGIN_CLOSE_DATES_ENABLED: 'Y',
      IS_CLIENT_ENABLED: 'Y',
      IS_USE_IN_USERFIELD_ENABLED: 'N',
      IS_LINK_WITH_PRODUCTS_ENABLED: 'Y',
      IS_MYCOMPANY_ENABLED: 'Y',
      IS_DOCUMENTS_ENABLED: 'Y',
      IS_SOURCE_ENABLED: 'Y',
      IS_OBSERVERS_ENABLED: 'Y',
      IS_RECYCLEBIN_ENABLED: 'Y',
      IS_AUTOMATION_ENABLED: 'Y',
      IS_BIZ_PROC_ENABLED: 'Y',
      IS_SET_OPEN_PERMISSIONS: 'Y',
      IS_PAYMENTS_ENABLED: 'N',
      IS_COUNTERS_ENABLED: 'N',
      CREATED_TIME: '2024-07-08T14:46:54+02:00',
      UPDATED_TIME: '2024-07-08T14:46:54+02:00',
      UPDATED_BY: 1,
    },
  ],
  fields: typeFields,
})
