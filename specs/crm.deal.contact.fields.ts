/**
 * crm.deal.contact.fields. Sources: the official page
 * api-reference/crm/deals/contacts/crm-deal-contact-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no parameters, the
 * sample answer (three fields of a binding, titled as an English portal titles them), no error rows
 * of its own. The mock answers the example: the field list is fixed, so nothing is to model.
 */
import { defineMethod } from '@b24kit/spec'
import { getRelatedDealContactMethods } from './shared/deal-contact-method.js'

const field = (type: string, isRequired: boolean, title: string) => ({
  type,
  isRequired,
  isReadOnly: false,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title,
})

export default defineMethod({
  method: 'crm.deal.contact.fields',
  scope: 'crm',
  summary: { ru: 'Поля привязки контакта к сделке', en: 'Fields of a deal-contact binding' },
  description: {
    ru: 'Метод `crm.deal.contact.fields` описывает поля привязки контакта к сделке: тип, обязательность, доступность для изменения и название каждого поля.',
    en: 'The `crm.deal.contact.fields` method describes the fields of a deal-contact binding: the type of each field, whether it is required or writable, and its title.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поля привязки: имя поля — его описание (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
      en: 'The binding fields: each field name to its description (`type`, `isRequired`, `isReadOnly`, `isImmutable`, `isMultiple`, `isDynamic`, `title`)',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'describeBindingFields',
      title: { ru: 'Получить поля привязки', en: 'Get the binding fields' },
      params: {},
      result: {
        SORT: field('integer', false, 'Sorting'),
        IS_PRIMARY: field('char', false, 'Primary'),
        CONTACT_ID: field('integer', true, 'Contact'),
      },
      time: {
        start: 1773230541,
        finish: 1773230541.362716,
        duration: 0.3627159595489502,
        processing: 0,
        date_start: '2026-03-11T15:02:21+01:00',
        date_finish: '2026-03-11T15:02:21+01:00',
        operating_reset_at: 1773231141,
        operating: 0,
      },
    },
  ],
  related: getRelatedDealContactMethods('crm.deal.contact.fields'),
  operation: { kind: 'example', entity: 'deal' },
})
