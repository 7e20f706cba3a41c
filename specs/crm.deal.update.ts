/**
 * crm.deal.update. Sources: the official pages api-reference/crm/deals/crm-deal-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `fields`, `params` (`REGISTER_SONET_EVENT`, `REGISTER_HISTORY_EVENT`), `true` as result, the
 * error rows and the deprecation in favour of `crm.item.update`. The page's example changes deal
 * 123; the default store holds it (specs/shared/entities.ts). Its parent link and custom field
 * belong to its own portal and are left out (the OpenAPI schema of `fields` names typed fields only).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import {
  createDealFieldsParam,
  dealFieldsRequired,
  dealNotFoundRow,
  dealRecordIdParam,
  dealUpdateOptionsParam,
  dealWriteRowsNotModelled,
  listDealSiblings,
} from './shared/deal-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { invalidValueRow } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.deal.update',
  scope: 'crm',
  summary: { ru: 'Изменить сделку', en: 'Update a deal' },
  description: {
    ru: 'Метод `crm.deal.update` изменяет поля существующей сделки. Поля, которых нет в `fields`, остаются как были.',
    en: 'The `crm.deal.update` method changes the fields of an existing deal. Fields left out of `fields` keep their values.',
  },
  access: {
    entity: 'deal',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение этой сделки', en: 'a user allowed to edit this deal' },
    deniedError: 'accessDenied',
  },
  params: [dealRecordIdParam, createDealFieldsParam('Изменяемые поля', 'The fields to change'), dealUpdateOptionsParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: 'Корневой элемент ответа, `true` в случае успеха', en: 'The root element of the answer; `true` on success' },
  },
  errors: [
    invalidIdRow,
    dealNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на изменение сделки', 'The user may not edit the deal'),
    invalidValueRow,
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'updateDeal123',
      title: { ru: 'Изменить название, стадию и сумму сделки 123', en: "Change deal 123's title, stage and amount" },
      params: {
        id: 123,
        fields: {
          TITLE: 'New Deal Title!',
          TYPE_ID: 'GOODS',
          STAGE_ID: 'WON',
          IS_RECURRING: 'Y',
          IS_RETURN_CUSTOMER: 'Y',
          OPPORTUNITY: 9999.99,
          IS_MANUAL_OPPORTUNITY: 'Y',
          ASSIGNED_BY_ID: 1,
        },
        params: { REGISTER_SONET_EVENT: 'N', REGISTER_HISTORY_EVENT: 'N' },
      },
      result: true,
    },
  ],
  related: [...listDealSiblings('crm.deal.update'), 'crm.item.update'],
  deprecated: createDeprecation('crm.item.update'),
  operation: { kind: 'update', entity: 'deal', by: 'id', fields: 'fields', notFound: 'notFound', invalidValue: 'invalidValue' },
  events: [
    {
      name: 'ONCRMDEALUPDATE',
      summary: { ru: 'Событие onCrmDealUpdate', en: 'Event onCrmDealUpdate' },
      description: { ru: 'Срабатывает, когда сделка изменена.', en: 'Fires once a deal is updated.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
  dealFieldsRequired,
  ...dealWriteRowsNotModelled,
  {
    path: 'errors[invalidValue]',
    docs: '(absent)',
    reason:
      "the deal pages give no row for a custom list field sent a value outside its items; the spec takes crm.item.update's row for a refused field value, as crm.contact.update does",
  },
]
