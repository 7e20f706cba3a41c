/**
 * crm.deal.contact.add. Sources: the official page
 * api-reference/crm/deals/contacts/crm-deal-contact-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id` and `fields` with the binding
 * fields, the answer (`true`, or `false` for a contact already bound), the primary rule, the error
 * rows. The page binds contact 55 to deal 1875; the default store's deal 1875 already has contact
 * 55 (as crm.deal.contact.items.get's page shows it), so the examples bind contact 57 (`true`) and
 * contact 55 again (`false`).
 */
import { defineMethod } from '@b24kit/spec'
import {
  bindingProperties,
  createAccessRows,
  createDealNotFoundRow,
  createInvalidOwnerRow,
  dealIdParam,
  getRelatedDealContactMethods,
  invalidBindingRow,
} from './shared/deal-contact-method.js'

export default defineMethod({
  method: 'crm.deal.contact.add',
  scope: 'crm',
  summary: { ru: 'Привязать контакт к сделке', en: 'Bind a contact to a deal' },
  description: {
    ru: 'Метод `crm.deal.contact.add` добавляет к сделке привязку одного контакта. Если контакт уже привязан, ничего не меняется и метод отвечает `false`. Привязка с `IS_PRIMARY = Y` становится главной; без этого поля она главная, только если у сделки ещё нет главной привязки.',
    en: 'The `crm.deal.contact.add` method adds one contact binding to a deal. When the contact is bound already, nothing changes and the method answers `false`. A binding with `IS_PRIMARY = Y` becomes the primary one; without that field it is primary only when the deal has no primary binding yet.',
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
      description: {
        ru: 'Привязка: какой контакт, главная ли, индекс сортировки.',
        en: 'The binding: which contact, whether primary, the sort index.',
      },
      properties: [...bindingProperties],
    },
  ],
  result: {
    type: 'boolean',
    description: {
      ru: '`true`, если привязка добавлена; `false`, если контакт уже был привязан',
      en: '`true` when the binding is added; `false` when the contact was bound already',
    },
  },
  errors: [
    createInvalidOwnerRow("The parameter 'ownerEntityID' is invalid or not defined."),
    {
      id: 'fieldsNotArray',
      code: '',
      status: 400,
      text: "The parameter 'fields' must be array.",
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
      id: 'bindContact57',
      title: { ru: 'Привязать контакт 57 к сделке 1875 главным', en: 'Bind contact 57 to deal 1875 as the primary contact' },
      params: { id: 1875, fields: { CONTACT_ID: 57, IS_PRIMARY: 'Y', SORT: 1000 } },
      result: true,
      time: {
        start: 1773222863,
        finish: 1773222863.626254,
        duration: 0.6262540817260742,
        processing: 0,
        date_start: '2026-03-11T12:54:23+01:00',
        date_finish: '2026-03-11T12:54:23+01:00',
        operating_reset_at: 1773223463,
        operating: 0,
      },
    },
    {
      id: 'bindBoundContact55',
      title: { ru: 'Привязать уже привязанный контакт 55', en: 'Bind contact 55, which is bound already' },
      params: { id: 1875, fields: { CONTACT_ID: 55 } },
      result: false,
    },
  ],
  related: getRelatedDealContactMethods('crm.deal.contact.add'),
  operation: {
    kind: 'relation',
    action: 'add',
    entity: 'deal',
    target: 'contact',
    by: 'id',
    items: 'fields',
    notFound: 'notFound',
    itemInvalid: 'invalidBinding',
  },
})
