/**
 * The typed fields of a requisite (a set of legal or bank details kept for a company or contact).
 * Source: the official page api-reference/crm/requisites/universal/crm-requisite-fields.md in
 * bitrix24/b24restdocs (names, types, flags; the owner's type, id and preset are required and
 * immutable) and crm-requisite-get.md, whose sample answer also prints RQ_IDENT_TYPE. Titles are our
 * own short labels. Left out: the sample portal's custom fields (UF_CRM_*), which a portal adds itself.
 */
import { auditFields, type Field, field, idField } from './field.js'

/** The `RQ_*` details: each a plain string the preset shows or hides, in the page's order. */
const detailFields: Field[] = (
  [
    ['RQ_NAME', 'ФИО', 'Full name'],
    ['RQ_FIRST_NAME', 'Имя', 'First name'],
    ['RQ_LAST_NAME', 'Фамилия', 'Last name'],
    ['RQ_SECOND_NAME', 'Отчество', 'Middle name'],
    ['RQ_COMPANY_ID', 'Идентификатор компании', 'Company identifier'],
    ['RQ_COMPANY_NAME', 'Краткое название организации', 'Short company name'],
    ['RQ_COMPANY_FULL_NAME', 'Полное название организации', 'Full company name'],
    ['RQ_COMPANY_REG_DATE', 'Дата регистрации', 'Registration date'],
    ['RQ_DIRECTOR', 'Руководитель', 'Director'],
    ['RQ_ACCOUNTANT', 'Главный бухгалтер', 'Chief accountant'],
    ['RQ_CEO_NAME', 'Имя руководителя', 'CEO name'],
    ['RQ_CEO_WORK_POS', 'Должность руководителя', 'CEO position'],
    ['RQ_CONTACT', 'Контактное лицо', 'Contact person'],
    ['RQ_EMAIL', 'E-mail', 'E-mail'],
    ['RQ_PHONE', 'Телефон', 'Phone'],
    ['RQ_FAX', 'Факс', 'Fax'],
    ['RQ_IDENT_TYPE', 'Способ идентификации', 'Identification method'],
    ['RQ_IDENT_DOC', 'Вид документа', 'Document kind'],
    ['RQ_IDENT_DOC_SER', 'Серия документа', 'Document series'],
    ['RQ_IDENT_DOC_NUM', 'Номер документа', 'Document number'],
    ['RQ_IDENT_DOC_PERS_NUM', 'Личный номер', 'Personal number'],
    ['RQ_IDENT_DOC_DATE', 'Дата выдачи', 'Issued on'],
    ['RQ_IDENT_DOC_ISSUED_BY', 'Кем выдан', 'Issued by'],
    ['RQ_IDENT_DOC_DEP_CODE', 'Код подразделения', 'Issuing office code'],
    ['RQ_INN', 'ИНН', 'Tax ID (INN)'],
    ['RQ_KPP', 'КПП', 'Tax registration code (KPP)'],
    ['RQ_USRLE', 'ЕГРЮЛ', 'Legal entity register'],
    ['RQ_IFNS', 'ИФНС', 'Tax office'],
    ['RQ_OGRN', 'ОГРН', 'State registration number (OGRN)'],
    ['RQ_OGRNIP', 'ОГРНИП', 'Sole trader registration number (OGRNIP)'],
    ['RQ_OKPO', 'ОКПО', 'OKPO code'],
    ['RQ_OKTMO', 'ОКТМО', 'OKTMO code'],
    ['RQ_OKVED', 'ОКВЭД', 'OKVED code'],
    ['RQ_EDRPOU', 'ЕДРПОУ', 'EDRPOU code'],
    ['RQ_DRFO', 'ДРФО', 'DRFO code'],
    ['RQ_KBE', 'КБе', 'Beneficiary code (KBE)'],
    ['RQ_IIN', 'ИИН', 'Individual ID (IIN)'],
    ['RQ_BIN', 'БИН', 'Business ID (BIN)'],
    ['RQ_ST_CERT_SER', 'Серия свидетельства о регистрации', 'Registration certificate series'],
    ['RQ_ST_CERT_NUM', 'Номер свидетельства о регистрации', 'Registration certificate number'],
    ['RQ_ST_CERT_DATE', 'Дата свидетельства о регистрации', 'Registration certificate date'],
  ] as const
).map(([name, ru, en]) => field(name, 'string', ru, en))

/** The VAT and foreign registration details, after the VAT payer flag. */
const foreignFields: Field[] = (
  [
    ['RQ_VAT_ID', 'Номер плательщика НДС', 'VAT ID'],
    ['RQ_VAT_CERT_SER', 'Серия свидетельства НДС', 'VAT certificate series'],
    ['RQ_VAT_CERT_NUM', 'Номер свидетельства НДС', 'VAT certificate number'],
    ['RQ_VAT_CERT_DATE', 'Дата свидетельства НДС', 'VAT certificate date'],
    ['RQ_RESIDENCE_COUNTRY', 'Страна резидентства', 'Country of residence'],
    ['RQ_BASE_DOC', 'Основание полномочий', 'Authority document'],
    ['RQ_REGON', 'REGON', 'REGON'],
    ['RQ_KRS', 'KRS', 'KRS'],
    ['RQ_PESEL', 'PESEL', 'PESEL'],
    ['RQ_LEGAL_FORM', 'Правовая форма', 'Legal form'],
    ['RQ_SIRET', 'SIRET', 'SIRET'],
    ['RQ_SIREN', 'SIREN', 'SIREN'],
    ['RQ_CAPITAL', 'Уставный капитал', 'Share capital'],
    ['RQ_RCS', 'RCS', 'RCS'],
    ['RQ_CNPJ', 'CNPJ', 'CNPJ'],
    ['RQ_STATE_REG', 'Регистрация в штате', 'State registration'],
    ['RQ_MNPL_REG', 'Муниципальная регистрация', 'Municipal registration'],
    ['RQ_CPF', 'CPF', 'CPF'],
  ] as const
).map(([name, ru, en]) => field(name, 'string', ru, en))

/** The audit fields as the requisite pages order them: the two dates, then the two users. */
export const requisiteAuditFields: Field[] = [
  ...auditFields.filter((f) => f.name.startsWith('DATE_')),
  ...auditFields.filter((f) => !f.name.startsWith('DATE_')),
]

/** Set once on add: whose requisite this is and which preset (template) lays it out. */
const ownerFlags = { isRequired: true, isImmutable: true }

export const requisiteFields: Field[] = [
  idField,
  field('ENTITY_TYPE_ID', 'integer', 'Тип владельца', 'Owner type', ownerFlags),
  field('ENTITY_ID', 'integer', 'Владелец', 'Owner', ownerFlags),
  field('PRESET_ID', 'integer', 'Шаблон', 'Preset', ownerFlags),
  ...requisiteAuditFields,
  field('NAME', 'string', 'Название', 'Name'),
  field('CODE', 'string', 'Символьный код', 'Code'),
  field('XML_ID', 'string', 'Внешний код', 'External code'),
  field('ORIGINATOR_ID', 'string', 'Внешний источник', 'External source'),
  field('ACTIVE', 'char', 'Активен', 'Active'),
  field('ADDRESS_ONLY', 'char', 'Только адрес', 'Address only'),
  field('SORT', 'integer', 'Сортировка', 'Sort order'),
  ...detailFields,
  field('RQ_VAT_PAYER', 'char', 'Плательщик НДС', 'VAT payer'),
  ...foreignFields,
]
