/**
 * crm.lead.add. Sources: the official pages api-reference/crm/leads/crm-lead-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` and `params` (`REGISTER_SONET_EVENT`), the new id as result, the `Access denied.` row and
 * the deprecation in favour of `crm.item.add`; the field list: crm-lead-fields.md
 * (specs/shared/lead-fields.ts). The page's example sends the same fields; its answer's id, 3465, is
 * the portal's, here the next id after the default store's lead 1608.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, sonetOptionsParam } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { keepSiblingLinks, leadFieldsRequired, listLeadSiblings } from './shared/lead-method.js'

export default defineMethod({
  method: 'crm.lead.add',
  scope: 'crm',
  summary: { ru: 'Создать лид', en: 'Add a lead' },
  description: {
    ru: 'Метод `crm.lead.add` создает новый лид и возвращает его идентификатор.',
    en: 'The `crm.lead.add` method creates a lead and returns its ID.',
  },
  access: {
    entity: 'lead',
    permission: 'add',
    description: { ru: 'любой пользователь с правом на создание лидов', en: 'any user allowed to create leads' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля лида (`crm.lead.fields`); поля только для чтения пропускаются. `PHONE`, `EMAIL`, `WEB`, `IM`: массивы `{VALUE, VALUE_TYPE}`.',
        en: 'The lead fields (`crm.lead.fields`); read-only fields are skipped. `PHONE`, `EMAIL`, `WEB`, `IM`: arrays of `{VALUE, VALUE_TYPE}`.',
      },
    },
    sonetOptionsParam,
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного лида', en: 'The ID of the new lead' },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на создание лидов', 'The user may not create leads')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addLead',
      title: { ru: 'Создать лид с суммой, телефоном и сайтом', en: 'Add a lead with an amount, a phone and a website' },
      params: {
        fields: {
          TITLE: 'IP Titov',
          NAME: 'Gleb',
          SECOND_NAME: 'Egorovich',
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
      result: 1609,
    },
  ],
  related: listLeadSiblings('crm.lead.add'),
  deprecated: createDeprecation('crm.item.add'),
  operation: { kind: 'add', entity: 'lead', fields: 'fields' },
  events: [
    {
      name: 'ONCRMLEADADD',
      summary: { ru: 'Событие onCrmLeadAdd', en: 'Event onCrmLeadAdd' },
      description: { ru: 'Срабатывает, когда лид создан.', en: 'Fires once a lead is created.' },
    },
  ],
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  leadFieldsRequired,
  ...keepSiblingLinks(['crm.lead.update', 'crm.lead.get', 'crm.lead.list']),
]
