/**
 * crm.deal.contact.delete. Sources: the official page
 * api-reference/crm/deals/contacts/crm-deal-contact-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id` and `fields.CONTACT_ID`, the
 * answer (`true`, or `false` for a contact not bound), the primary passing to the first binding
 * left, the error rows (the page prints `The parameter 'item' must be array.` for a `fields` that is
 * not an object). The examples unbind contact 55 from deal 1875 (`true`) and contact 57, which it
 * does not have (`false`).
 */
import { defineMethod } from '@b24kit/spec'
import {
  createAccessRows,
  createDealNotFoundRow,
  createInvalidOwnerRow,
  dealIdParam,
  getRelatedDealContactMethods,
  invalidBindingRow,
} from './shared/deal-contact-method.js'

export default defineMethod({
  method: 'crm.deal.contact.delete',
  scope: 'crm',
  summary: { ru: 'Отвязать контакт от сделки', en: 'Unbind a contact from a deal' },
  description: {
    ru: 'Метод `crm.deal.contact.delete` удаляет привязку одного контакта к сделке и отвечает `false`, если контакт не был привязан. Если удалена главная привязка, главной становится первая из оставшихся.',
    en: 'The `crm.deal.contact.delete` method removes the binding of one contact to a deal and answers `false` when the contact was not bound. When the primary binding goes, the first binding left becomes primary.',
  },
  access: {
    entity: 'deal',
    permission: 'update',
    description: { ru: 'пользователь с правом «изменения» сделок', en: 'a user with the "modify" permission on deals' },
    deniedError: 'accessDenied',
  },
  params: [
    dealIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      invalidError: 'fieldsNotArray',
      description: { ru: 'Какой контакт отвязать.', en: 'Which contact to unbind.' },
      properties: [
        {
          name: 'CONTACT_ID',
          type: 'integer',
          required: true,
          description: { ru: 'Идентификатор отвязываемого контакта.', en: 'The ID of the contact to unbind.' },
        },
      ],
    },
  ],
  result: {
    type: 'boolean',
    description: {
      ru: '`true`, если привязка удалена; `false`, если контакт не был привязан',
      en: '`true` when the binding is removed; `false` when the contact was not bound',
    },
  },
  errors: [
    createInvalidOwnerRow("The parameter 'ownerEntityID' is invalid or not defined."),
    {
      id: 'fieldsNotArray',
      code: '',
      status: 400,
      text: "The parameter 'item' must be array.",
      kind: 'invalidParams',
      when: { ru: 'Параметр `fields` не передан или не является объектом', en: 'The `fields` parameter is missing or is not an object' },
    },
    ...createAccessRows({ ru: '«изменения»', en: '"modify"' }),
    createDealNotFoundRow(),
    invalidBindingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'unbindContact55',
      title: { ru: 'Отвязать контакт 55 от сделки 1875', en: 'Unbind contact 55 from deal 1875' },
      params: { id: 1875, fields: { CONTACT_ID: 55 } },
      result: true,
      time: {
        start: 1773234105,
        finish: 1773234105.847951,
        duration: 0.8479509353637695,
        processing: 0,
        date_start: '2026-03-11T16:01:45+01:00',
        date_finish: '2026-03-11T16:01:45+01:00',
        operating_reset_at: 1773234705,
        operating: 0,
      },
    },
    {
      id: 'unbindContact57',
      title: { ru: 'Отвязать контакт 57, которого у сделки нет', en: 'Unbind contact 57, which the deal does not have' },
      params: { id: 1875, fields: { CONTACT_ID: 57 } },
      result: false,
    },
  ],
  related: getRelatedDealContactMethods('crm.deal.contact.delete'),
  operation: {
    kind: 'relation',
    action: 'delete',
    entity: 'deal',
    target: 'contact',
    by: 'id',
    items: 'fields',
    notFound: 'notFound',
    itemInvalid: 'invalidBinding',
  },
})
