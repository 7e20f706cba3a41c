/**
 * crm.deal.contact.items.delete. Sources: the official page
 * api-reference/crm/deals/contacts/crm-deal-contact-items-delete.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, the `id` parameter,
 * the error rows (this page prints `Access denied` and `Not found` without the final period, as
 * written here). The example unbinds every contact of deal 1875.
 */
import { defineMethod } from '@b24kit/spec'
import {
  createAccessRows,
  createDealNotFoundRow,
  createInvalidOwnerRow,
  dealIdParam,
  getRelatedDealContactMethods,
} from './shared/deal-contact-method.js'

export default defineMethod({
  method: 'crm.deal.contact.items.delete',
  scope: 'crm',
  summary: { ru: 'Отвязать все контакты от сделки', en: 'Unbind every contact from a deal' },
  description: {
    ru: 'Метод `crm.deal.contact.items.delete` удаляет все привязки контактов к сделке. Сами контакты остаются.',
    en: 'The `crm.deal.contact.items.delete` method removes every contact binding of a deal. The contacts themselves stay.',
  },
  access: {
    entity: 'deal',
    permission: 'update',
    description: {
      ru: 'пользователь с правами «чтения» и «изменения» сделок',
      en: 'a user with the "read" and "modify" permissions on deals',
    },
    deniedError: 'accessDenied',
  },
  params: [dealIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если привязки удалены', en: '`true` once the bindings are removed' },
  },
  errors: [
    createInvalidOwnerRow('The parameter ownerEntityID is invalid or not defined.'),
    ...createAccessRows({ ru: '«чтения» или «изменения»', en: '"read" or "modify"' }, 'Access denied'),
    createDealNotFoundRow('Not found'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'unbindDeal1875',
      title: { ru: 'Отвязать все контакты от сделки 1875', en: 'Unbind every contact from deal 1875' },
      params: { id: 1875 },
      result: true,
    },
  ],
  related: getRelatedDealContactMethods('crm.deal.contact.items.delete'),
  operation: { kind: 'relation', action: 'clear', entity: 'deal', target: 'contact', by: 'id', notFound: 'notFound' },
})
