/**
 * crm.contact.list. Sources: the official page api-reference/crm/contacts/crm-contact-list.md in
 * bitrix24/b24restdocs (scope, who may call it, `select` with `*`, `filter` with prefix operators,
 * `order`, `start`, pages of 50, `total` and `next`); the answer's shape: settings/how-to-call-rest-api/list-methods-pecularities.md.
 * Without `select` the answer holds every plain field; multi-fields (PHONE, EMAIL) only when named.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, listFilterParams } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods, keepUnmodelledRows } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.contact.list',
  scope: 'crm',
  summary: { ru: 'Получить список контактов', en: 'List contacts' },
  description: {
    ru: 'Метод `crm.contact.list` возвращает контакты по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.contact.list` method returns the contacts matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    entity: 'contact',
    permission: 'read',
    description: { ru: 'любой пользователь с правом «чтения» контактов', en: 'any user with the "read" permission on contacts' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      description: {
        ru: 'Поля в ответе; `*` означает все обычные поля. Множественные поля (`PHONE`, `EMAIL`) приходят, только если названы.',
        en: 'The fields to answer; `*` stands for every plain field. Multi-fields (`PHONE`, `EMAIL`) come only when named.',
      },
    },
    ...listFilterParams,
    {
      name: 'start',
      type: 'integer',
      required: false,
      coercion: 'php-int',
      description: {
        ru: 'Смещение страницы: значение `next` предыдущего ответа.',
        en: 'The offset of the page: the `next` of the previous answer.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Контакты страницы (не более 50); поля как у `crm.contact.get`',
      en: 'The contacts of the page (at most 50), fields as `crm.contact.get` prints them',
    },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на «Чтение» контактов', 'The user lacks the "read" permission on contacts')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listByLastName',
      title: { ru: 'Контакты с фамилией на «Petr», с телефонами', en: 'Contacts whose last name contains "Petr", with phones' },
      params: { select: ['ID', 'NAME', 'LAST_NAME', 'PHONE'], filter: { '%LAST_NAME': 'Petr', '>=ID': 1 }, order: { LAST_NAME: 'ASC' } },
      result: [
        {
          ID: '50',
          NAME: 'Ivan',
          LAST_NAME: 'Petrov',
          PHONE: [{ ID: '8', VALUE_TYPE: 'WORK', VALUE: '+7 495 000-00-50', TYPE_ID: 'PHONE' }],
        },
      ],
    },
  ],
  related: ['crm.contact.add', 'crm.contact.update', 'crm.contact.get', 'crm.contact.delete', 'crm.contact.fields'],
  deprecated: createDeprecation('crm.item.list'),
  operation: { kind: 'list', entity: 'contact', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepUnmodelledRows([
    ['', "Parameter 'order' must be array"],
    ['', "Parameter 'filter' must be array"],
    ['', 'Failed to get list. General error'],
  ]),
]
