/**
 * crm.deal.contact.items.get. Sources: the official page
 * api-reference/crm/deals/contacts/crm-deal-contact-items-get.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the `id` parameter, the binding
 * fields of the answer, the four error rows. The example reads deal 1875, whose three bindings the
 * default store holds as the page's sample answer shows them.
 */
import { defineMethod } from '@b24kit/spec'
import {
  bindingProperties,
  createAccessRows,
  createDealNotFoundRow,
  createInvalidOwnerRow,
  deal1875Bindings,
  dealIdParam,
  getRelatedDealContactMethods,
} from './shared/deal-contact-method.js'

export default defineMethod({
  method: 'crm.deal.contact.items.get',
  scope: 'crm',
  summary: { ru: 'Получить контакты сделки', en: 'Get the contacts of a deal' },
  description: {
    ru: 'Метод `crm.deal.contact.items.get` отдаёт привязки контактов к сделке: идентификатор контакта, индекс сортировки, роль и признак главной привязки. Привязки идут по возрастанию `SORT`.',
    en: 'The `crm.deal.contact.items.get` method answers the contact bindings of a deal: the contact ID, the sort index, the role and whether the binding is primary. Bindings come in ascending `SORT` order.',
  },
  access: {
    entity: 'deal',
    permission: 'read',
    description: { ru: 'пользователь с правом «чтения» сделок', en: 'a user with the "read" permission on deals' },
    deniedError: 'accessDenied',
  },
  params: [dealIdParam],
  result: {
    type: 'array',
    description: {
      ru: 'Привязки контактов к сделке; пустой массив, если контактов нет',
      en: "The deal's contact bindings; an empty array when it has none",
    },
    items: {
      type: 'object',
      properties: [
        ...bindingProperties.map((p) => ({ ...p, required: true })),
        {
          name: 'ROLE_ID',
          type: 'integer',
          required: true,
          description: { ru: 'Роль контакта (служебное поле, всегда 0).', en: 'The contact role (a system field, always 0).' },
        },
      ],
    },
  },
  errors: [
    createInvalidOwnerRow('The parameter ownerEntityID is invalid or not defined.'),
    ...createAccessRows({ ru: '«чтения»', en: '"read"' }),
    createDealNotFoundRow(),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getDeal1875Contacts',
      title: { ru: 'Получить контакты сделки 1875', en: 'Get the contacts of deal 1875' },
      params: { id: 1875 },
      result: deal1875Bindings,
      time: {
        start: 1773231773,
        finish: 1773231773.901404,
        duration: 0.9014039039611816,
        processing: 0,
        date_start: '2026-03-11T15:22:53+02:00',
        date_finish: '2026-03-11T15:22:53+02:00',
        operating_reset_at: 1773232373,
        operating: 0,
      },
    },
  ],
  related: getRelatedDealContactMethods('crm.deal.contact.items.get'),
  operation: { kind: 'relation', action: 'get', entity: 'deal', target: 'contact', by: 'id', notFound: 'notFound' },
})
