/**
 * crm.lead.update. Sources: the official pages api-reference/crm/leads/crm-lead-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `fields`, `params`, `true` as result, the three error rows and the deprecation in favour of
 * `crm.item.update`. The page's example changes lead 1608 with the fields crm.lead.add's example
 * sends; the default store holds lead 1608 (specs/shared/entities.ts). Multi-field values with an
 * `ID` change that value (an empty `VALUE` deletes it); values without `ID` are added.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow, sonetOptionsParam } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'
import { keepSiblingLinks, leadFieldsRequired, leadIdParam, leadNotFoundRow, listLeadSiblings } from './shared/lead-method.js'

export default defineMethod({
  method: 'crm.lead.update',
  scope: 'crm',
  summary: { ru: 'Изменить лид', en: 'Update a lead' },
  description: {
    ru: 'Метод `crm.lead.update` изменяет поля существующего лида. Адрес лучше передавать целиком: все поля `ADDRESS_*` вместе.',
    en: 'The `crm.lead.update` method changes the fields of an existing lead. Send an address whole: all `ADDRESS_*` fields together.',
  },
  access: {
    entity: 'lead',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение лидов', en: 'a user allowed to edit leads' },
    deniedError: 'accessDenied',
  },
  params: [
    leadIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Изменяемые поля (`crm.lead.fields`). Значение множественного поля с `ID` изменяет это значение, с пустым `VALUE` удаляет его, без `ID` добавляет новое.',
        en: 'The fields to change (`crm.lead.fields`). A multi-field value with an `ID` changes that value, with an empty `VALUE` deletes it, without `ID` adds one.',
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
    leadNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на изменение лида', 'The user may not edit the lead'),
  ],
  errorExample: 'invalidId',
  examples: [
    {
      id: 'updateLead1608',
      title: { ru: 'Изменить название, контакт и сумму лида 1608', en: "Change lead 1608's title, contact data and amount" },
      params: {
        id: 1608,
        fields: {
          TITLE: 'IP Titov',
          NAME: 'Gleb',
          SECOND_NAME: 'Yegorovich',
          LAST_NAME: 'Titov',
          STATUS_ID: 'NEW',
          OPENED: 'Y',
          ASSIGNED_BY_ID: 1,
          CURRENCY_ID: 'USD',
          OPPORTUNITY: 12500,
          PHONE: [{ VALUE: '555888', VALUE_TYPE: 'WORK' }],
          WEB: [{ VALUE: 'www.mysite.com', VALUE_TYPE: 'WORK' }],
        },
        params: { REGISTER_SONET_EVENT: 'Y' },
      },
      result: true,
    },
  ],
  related: listLeadSiblings('crm.lead.update'),
  deprecated: createDeprecation('crm.item.update'),
  operation: { kind: 'update', entity: 'lead', by: 'id', fields: 'fields', notFound: 'notFound' },
  events: [
    {
      name: 'ONCRMLEADUPDATE',
      summary: { ru: 'Событие onCrmLeadUpdate', en: 'Event onCrmLeadUpdate' },
      description: { ru: 'Срабатывает, когда лид изменён.', en: 'Fires once a lead is updated.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
  leadFieldsRequired,
  ...keepSiblingLinks(listLeadSiblings('crm.lead.update')),
]
