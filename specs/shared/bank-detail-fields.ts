/**
 * The typed fields of a bank detail (a bank account kept under a requisite). Source: the official page
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.md in bitrix24/b24restdocs
 * (names, types, flags; the parent requisite is required and immutable). Titles are our own short labels.
 */
import { type Field, field, idField } from './field.js'
import { requisiteAuditFields } from './requisite-fields.js'

/** The `RQ_*` bank and account details: plain strings, in the page's order. */
const bankFields: Field[] = (
  [
    ['RQ_BANK_NAME', 'Название банка', 'Bank name'],
    ['RQ_BANK_ADDR', 'Адрес банка', 'Bank address'],
    ['RQ_BANK_CODE', 'Код банка', 'Bank code'],
    ['RQ_AGENCY_NAME', 'Название отделения', 'Branch name'],
    ['RQ_BANK_ROUTE_NUM', 'Маршрутный номер банка', 'Bank routing number'],
    ['RQ_BIK', 'БИК', 'BIK'],
    ['RQ_MFO', 'МФО', 'MFO'],
    ['RQ_ACC_NAME', 'Владелец счета', 'Account holder'],
    ['RQ_ACC_NUM', 'Расчетный счет', 'Account number'],
    ['RQ_ACC_TYPE', 'Тип счета', 'Account type'],
    ['RQ_IIK', 'ИИК', 'IIK'],
    ['RQ_ACC_CURRENCY', 'Валюта счета', 'Account currency'],
    ['RQ_COR_ACC_NUM', 'Корреспондентский счет', 'Correspondent account'],
    ['RQ_IBAN', 'IBAN', 'IBAN'],
    ['RQ_SWIFT', 'SWIFT', 'SWIFT'],
    ['RQ_BIC', 'BIC', 'BIC'],
    ['RQ_CODEB', 'Код банка (Франция)', 'Bank code (France)'],
    ['RQ_CODEG', 'Код отделения (Франция)', 'Branch code (France)'],
    ['RQ_RIB', 'Ключ RIB', 'RIB key'],
  ] as const
).map(([name, ru, en]) => field(name, 'string', ru, en))

export const bankDetailFields: Field[] = [
  idField,
  field('ENTITY_ID', 'integer', 'Реквизит', 'Requisite', { isRequired: true, isImmutable: true }),
  field('COUNTRY_ID', 'integer', 'Страна', 'Country'),
  ...requisiteAuditFields,
  field('NAME', 'string', 'Название', 'Name'),
  field('CODE', 'string', 'Символьный код', 'Code'),
  field('XML_ID', 'string', 'Внешний код', 'External code'),
  field('ACTIVE', 'char', 'Активен', 'Active'),
  field('SORT', 'integer', 'Сортировка', 'Sort order'),
  ...bankFields,
  field('COMMENTS', 'string', 'Комментарий', 'Comment'),
  field('ORIGINATOR_ID', 'string', 'Внешний источник', 'External source'),
]
