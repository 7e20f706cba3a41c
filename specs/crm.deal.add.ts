/**
 * crm.deal.add. Sources: the official pages api-reference/crm/deals/crm-deal-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` and `params` (`REGISTER_SONET_EVENT`), the new id as result, the `Access denied` row and
 * the deprecation in favour of `crm.item.add`; the field list: crm-deal-fields.md
 * (specs/shared/deal-fields.ts). The page's example sends the same fields, but dates from the shell
 * (here fixed) and a parent link and a custom field of its own portal (left out); its answer's id,
 * 394, is the portal's, here the next id after the default store's deal 1875.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, sonetOptionsParam } from './shared/contact-method.js'
import { createDealFieldsParam, dealFieldsRequired, dealWriteRowsNotModelled, listDealSiblings } from './shared/deal-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { invalidValueRow } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.deal.add',
  scope: 'crm',
  summary: { ru: 'Создать сделку', en: 'Add a deal' },
  description: {
    ru: 'Метод `crm.deal.add` создает новую сделку и возвращает ее идентификатор.',
    en: 'The `crm.deal.add` method creates a deal and returns its ID.',
  },
  access: {
    entity: 'deal',
    permission: 'add',
    description: { ru: 'любой пользователь с правом на создание сделок', en: 'any user allowed to create deals' },
    deniedError: 'accessDenied',
  },
  params: [createDealFieldsParam('Поля новой сделки', 'The fields of the new deal'), sonetOptionsParam],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданной сделки', en: 'The ID of the new deal' },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на создание сделок', 'The user may not create deals'), invalidValueRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addDeal',
      title: { ru: 'Создать сделку с суммой, сроками и двумя контактами', en: 'Add a deal with an amount, dates and two contacts' },
      params: {
        fields: {
          TITLE: 'New Deal #1',
          TYPE_ID: 'COMPLEX',
          CATEGORY_ID: 0,
          STAGE_ID: 'PREPARATION',
          IS_RECURRING: 'N',
          IS_RETURN_CUSTOMER: 'Y',
          IS_REPEATED_APPROACH: 'Y',
          PROBABILITY: 99,
          CURRENCY_ID: 'EUR',
          OPPORTUNITY: 1000000,
          IS_MANUAL_OPPORTUNITY: 'Y',
          TAX_VALUE: 0.1,
          COMPANY_ID: 9,
          CONTACT_IDS: [84, 83],
          BEGINDATE: '2024-08-30T02:00:00+02:00',
          CLOSEDATE: '2024-09-09T02:00:00+02:00',
          OPENED: 'Y',
          CLOSED: 'N',
          COMMENTS: 'Example comment',
          SOURCE_ID: 'CALLBACK',
          SOURCE_DESCRIPTION: 'Additional information about the source',
          ADDITIONAL_INFO: 'Additional information',
          UTM_SOURCE: 'google',
          UTM_MEDIUM: 'CPC',
        },
        params: { REGISTER_SONET_EVENT: 'N' },
      },
      result: 1876,
    },
  ],
  related: listDealSiblings('crm.deal.add'),
  deprecated: createDeprecation('crm.item.add'),
  operation: { kind: 'add', entity: 'deal', fields: 'fields', invalidValue: 'invalidValue' },
  events: [
    {
      name: 'ONCRMDEALADD',
      summary: { ru: 'Событие onCrmDealAdd', en: 'Event onCrmDealAdd' },
      description: { ru: 'Срабатывает, когда сделка создана.', en: 'Fires once a deal is created.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  dealFieldsRequired,
  ...dealWriteRowsNotModelled,
  {
    path: 'errors[invalidValue]',
    docs: '(absent)',
    reason:
      "the deal pages give no row for a custom list field sent a value outside its items; the spec takes crm.item.add's row for a refused field value, as crm.contact.add does",
  },
]
