/**
 * crm.company.update. Sources: the official pages api-reference/crm/companies/crm-company-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `fields`, `params`, `true` as result, the `Access denied` row and the deprecation in favour of
 * `crm.item.update`. The `ID is not defined or invalid.` and `Not found` rows: the sibling pages of
 * crm.contact.update and crm.lead.update (the crm.*.update methods share one server path). The page's
 * example changes company 43; the default store holds it (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { companyIdParam, companyNotFoundRow, keepCompanyWriteRows, listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation, invalidIdRow, sonetOptionsParam } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.company.update',
  scope: 'crm',
  summary: { ru: 'Изменить компанию', en: 'Update a company' },
  description: {
    ru: 'Метод `crm.company.update` изменяет поля существующей компании. Поля, не переданные в `fields`, остаются как были.',
    en: 'The `crm.company.update` method changes the fields of an existing company. Fields left out of `fields` keep their values.',
  },
  access: {
    entity: 'company',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение компаний', en: 'a user allowed to edit companies' },
    deniedError: 'accessDenied',
  },
  params: [
    companyIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля (`crm.company.fields`). Значение множественного поля с `ID` изменяет это значение, с пустым `VALUE` удаляет его, без `ID` добавляет новое.',
        en: 'The fields to change (`crm.company.fields`). A multi-field value with an `ID` changes that value, with an empty `VALUE` deletes it, without `ID` adds one.',
      },
    },
    sonetOptionsParam,
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: 'Корневой элемент ответа, `true` в случае успеха', en: 'The root element of the answer; `true` on success' },
  },
  errors: [
    invalidIdRow,
    companyNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на изменение компании', 'The user may not edit the company'),
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'updateCompany43',
      title: { ru: 'Изменить валюту, оборот и число сотрудников компании 43', en: "Change company 43's currency, revenue and head count" },
      params: {
        id: 43,
        fields: { CURRENCY_ID: 'EUR', REVENUE: 500000, EMPLOYEES: 'EMPLOYEES_3' },
        params: { REGISTER_SONET_EVENT: 'Y', REGISTER_HISTORY_EVENT: 'Y' },
      },
      result: true,
    },
  ],
  related: listCompanySiblings('crm.company.update'),
  deprecated: createDeprecation('crm.item.update'),
  operation: { kind: 'update', entity: 'company', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepCompanyWriteRows(
    "Parameter 'fields' must be an array",
    "Parameter 'params' must be an array",
    'Exhausted allocated disk resource',
  ),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: "the server answers a missing or bad id with this row, as the sibling update pages list; this page's table leaves it out",
  },
  {
    path: 'errors[notFound]',
    docs: '(absent)',
    reason: "the server answers an id no company has with this row, as the sibling update pages list; this page's table leaves it out",
  },
]
