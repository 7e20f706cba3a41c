/**
 * crm.company.add. Sources: the official pages api-reference/crm/companies/crm-company-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` and `params` (`REGISTER_SONET_EVENT`), the new id as result, the `Access denied` row and
 * the deprecation in favour of `crm.item.add`; the field list: crm-company-fields.md
 * (specs/shared/company-fields.ts). The page's example sends the same fields; its answer's id, 2921,
 * is the portal's, here the next id after the default store's company 50.
 */
import { defineMethod } from '@b24kit/spec'
import { keepCompanySiblingLinks, keepCompanyWriteRows, listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation, sonetOptionsParam } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.company.add',
  scope: 'crm',
  summary: { ru: 'Создать компанию', en: 'Add a company' },
  description: {
    ru: 'Метод `crm.company.add` создает новую компанию и возвращает ее идентификатор.',
    en: 'The `crm.company.add` method creates a company and returns its ID.',
  },
  access: {
    entity: 'company',
    permission: 'add',
    description: { ru: 'любой пользователь с правом на создание компаний', en: 'any user allowed to create companies' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля компании (`crm.company.fields`); поля только для чтения пропускаются. `PHONE`, `EMAIL`, `WEB`, `IM`: массивы `{VALUE, VALUE_TYPE}`.',
        en: 'The company fields (`crm.company.fields`); read-only fields are skipped. `PHONE`, `EMAIL`, `WEB`, `IM`: arrays of `{VALUE, VALUE_TYPE}`.',
      },
    },
    sonetOptionsParam,
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданной компании', en: 'The ID of the new company' },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на создание компаний', 'The user may not create companies')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addCompany',
      title: { ru: 'Создать компанию-клиента с оборотом и телефоном', en: 'Add a customer company with a revenue and a phone' },
      params: {
        fields: {
          TITLE: 'John Doe LLC',
          COMPANY_TYPE: 'CUSTOMER',
          INDUSTRY: 'MANUFACTURING',
          EMPLOYEES: 'EMPLOYEES_2',
          CURRENCY_ID: 'USD',
          REVENUE: 3000000,
          OPENED: 'Y',
          ASSIGNED_BY_ID: 1,
          PHONE: [{ VALUE: '555888', VALUE_TYPE: 'WORK' }],
        },
        params: { REGISTER_SONET_EVENT: 'Y' },
      },
      result: 51,
    },
  ],
  related: listCompanySiblings('crm.company.add'),
  deprecated: createDeprecation('crm.item.add'),
  operation: { kind: 'add', entity: 'company', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepCompanyWriteRows("Parameter 'fields' must be array", "Parameter 'params' must be array", 'Disk resource exhausted'),
  ...keepCompanySiblingLinks(listCompanySiblings('crm.company.add')),
]
