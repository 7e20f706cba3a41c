/**
 * crm.enum.getorderownertypes. Sources: the official pages api-reference/crm/auxiliary/enum/crm-enum-get-order-owner-types.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope,
 * who may call it (any user), no parameters, the sample answer.
 * Example-backed: the answer is fixed by the portal, not kept in records the mock stores.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: 'crm.enum.getorderownertypes',
  scope: 'crm',
  summary: { ru: 'Получить типы владельцев заказов', en: 'Get the order owner types' },
  description: {
    ru: 'Метод `crm.enum.getorderownertypes` возвращает типы объектов CRM, к которым можно привязать заказ.',
    en: 'The `crm.enum.getorderownertypes` method returns the CRM object types an order may be bound to.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: { ru: 'Типы: `id`, `code`, `name`, `attribute`', en: 'The types: `id`, `code`, `name`, `attribute`' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listOrderOwnerTypes',
      title: { ru: 'Получить типы владельцев заказов', en: 'Get the order owner types' },
      params: {},
      result: [{ attribute: 'DYN', code: 'DEAL', id: 2, name: 'Deal' }],
      time: {
        start: 1750152924.723585,
        finish: 1750152924.781251,
        duration: 0.05766606330871582,
        processing: 0.020370960235595703,
        date_start: '2025-06-17T12:35:24+03:00',
        date_finish: '2025-06-17T12:35:24+03:00',
        operating_reset_at: 1750153524,
        operating: 0,
      },
    },
  ],
  related: ['crm.orderentity.add'],
  operation: { kind: 'example' },
})
