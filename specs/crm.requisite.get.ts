/**
 * crm.requisite.get. Sources: the official pages api-reference/crm/requisites/universal/crm-requisite-get.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the record as result (ids as strings, `Y`/`N` flags, empty fields as null), the not-found and
 * `Access denied.` rows. The page reads requisite 27; the answer here is the default store's
 * requisite 27 (specs/shared/entities.ts), without the sample portal's custom fields. The server puts
 * the asked id into the not-found text (specs/shared/requisite-method.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRequisiteAccess, createRequisiteNotFoundRow, listRequisiteSiblings, requisiteIdParam } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.get',
  scope: 'crm',
  summary: { ru: 'Получить реквизит по Id', en: 'Get a requisite by ID' },
  description: {
    ru: 'Метод `crm.requisite.get` возвращает реквизит по идентификатору.',
    en: 'The `crm.requisite.get` method returns a requisite by its ID.',
  },
  access: createRequisiteAccess('read', 'чтения', 'read'),
  params: [requisiteIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля реквизита (`crm.requisite.fields`): идентификаторы строками, флаги `Y`/`N`, пустые поля как null',
      en: 'The requisite fields (`crm.requisite.fields`): ids as strings, `Y`/`N` flags, empty fields as null',
    },
  },
  errors: [
    createRequisiteNotFoundRow(27),
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на чтение реквизита', 'The user may not read the requisite'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getRequisite27',
      title: { ru: 'Получить реквизит с `id = 27`', en: 'Get the requisite with `id = 27`' },
      params: { id: 27 },
      result: {
        ID: '27',
        ENTITY_TYPE_ID: '4',
        ENTITY_ID: '1',
        PRESET_ID: '1',
        DATE_CREATE: '2024-05-29T18:05:49+02:00',
        DATE_MODIFY: null,
        CREATED_BY_ID: '1',
        MODIFY_BY_ID: null,
        NAME: 'Organization',
        CODE: null,
        XML_ID: '5e4641fd-1dd9-11e6-b2f2-005056c00008',
        ORIGINATOR_ID: null,
        ACTIVE: 'Y',
        ADDRESS_ONLY: 'N',
        SORT: '500',
        RQ_NAME: null,
        RQ_FIRST_NAME: null,
        RQ_LAST_NAME: null,
        RQ_SECOND_NAME: null,
        RQ_COMPANY_ID: null,
        RQ_COMPANY_NAME: 'Ltd. "QuickBooks and other similar platforms"',
        RQ_COMPANY_FULL_NAME: 'LIMITED LIABILITY COMPANY "QuickBooks and other similar platforms"',
        RQ_COMPANY_REG_DATE: '06.04.2007',
        RQ_DIRECTOR: 'SMITH JOHN',
        RQ_ACCOUNTANT: null,
        RQ_CEO_NAME: null,
        RQ_CEO_WORK_POS: null,
        RQ_CONTACT: null,
        RQ_EMAIL: null,
        RQ_PHONE: null,
        RQ_FAX: null,
        RQ_IDENT_TYPE: null,
        RQ_IDENT_DOC: null,
        RQ_IDENT_DOC_SER: null,
        RQ_IDENT_DOC_NUM: null,
        RQ_IDENT_DOC_PERS_NUM: null,
        RQ_IDENT_DOC_DATE: null,
        RQ_IDENT_DOC_ISSUED_BY: null,
        RQ_IDENT_DOC_DEP_CODE: null,
        RQ_INN: '1717586110',
        RQ_KPP: '770501001',
        RQ_USRLE: null,
        RQ_IFNS: null,
        RQ_OGRN: '5077746476209',
        RQ_OGRNIP: null,
        RQ_OKPO: null,
        RQ_OKTMO: null,
        RQ_OKVED: null,
        RQ_EDRPOU: null,
        RQ_DRFO: null,
        RQ_KBE: null,
        RQ_IIN: null,
        RQ_BIN: null,
        RQ_ST_CERT_SER: null,
        RQ_ST_CERT_NUM: null,
        RQ_ST_CERT_DATE: null,
        RQ_VAT_PAYER: 'N',
        RQ_VAT_ID: null,
        RQ_VAT_CERT_SER: null,
        RQ_VAT_CERT_NUM: null,
        RQ_VAT_CERT_DATE: null,
        RQ_RESIDENCE_COUNTRY: null,
        RQ_BASE_DOC: null,
        RQ_REGON: null,
        RQ_KRS: null,
        RQ_PESEL: null,
        RQ_LEGAL_FORM: null,
        RQ_SIRET: null,
        RQ_SIREN: null,
        RQ_CAPITAL: null,
        RQ_RCS: null,
        RQ_CNPJ: null,
        RQ_STATE_REG: null,
        RQ_MNPL_REG: null,
        RQ_CPF: null,
        // The default store's requisite custom field (specs/shared/requisite-userfield.ts), empty here.
        UF_CRM_NEWTECH_V1_STRING: null,
      },
    },
  ],
  related: listRequisiteSiblings('crm.requisite.get'),
  operation: { kind: 'get', entity: 'requisite', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: 'the server checks `id` before it looks the requisite up, as the update and delete pages list; this page leaves the row out',
  },
]
