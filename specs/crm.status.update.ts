/**
 * crm.status.update. Sources: the official pages api-reference/crm/status/crm-status-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `id` and `fields`, `true` as result and the four error rows. The page
 * renames item 123, which it does not show; the default store holds it as a lead source.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createStatusAdminAccess,
  createStatusDeniedRow,
  keepEmptyStatusCodes,
  listStatusSiblings,
  statusIdParam,
  statusInvalidIdRow,
  statusNotFoundRow,
} from './shared/status-method.js'

export default defineMethod({
  method: 'crm.status.update',
  scope: 'crm',
  summary: { ru: 'Изменить элемент справочника', en: 'Update a directory item' },
  description: {
    ru: 'Метод `crm.status.update` меняет поля элемента справочника CRM; код элемента и справочник не меняются.',
    en: 'The `crm.status.update` method changes the fields of a CRM directory item; its code and directory stay.',
  },
  access: createStatusAdminAccess('update'),
  params: [
    statusIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: { ru: 'Поля для изменения: `NAME`, `SORT`, `COLOR`.', en: 'The fields to change: `NAME`, `SORT`, `COLOR`.' },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если элемент изменен', en: '`true` once the item is changed' } },
  errors: [
    createStatusDeniedRow('У пользователя нет права менять настройки CRM', 'The user may not change the CRM settings'),
    statusInvalidIdRow,
    statusNotFoundRow,
    {
      id: 'notUpdated',
      code: '',
      status: 400,
      text: 'Error on updating status.',
      kind: 'serverError',
      when: { ru: 'Элемент не изменен, причину портал не сообщил', en: 'The item was not changed and the portal gave no reason' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'renameStatus123',
      title: { ru: 'Переименовать элемент 123 и сменить цвет', en: 'Rename item 123 and change its color' },
      params: { id: 123, fields: { NAME: 'New name', COLOR: '#00A9F4' } },
      result: true,
    },
  ],
  related: listStatusSiblings('crm.status.update'),
  operation: { kind: 'update', entity: 'status', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepEmptyStatusCodes([
    ['accessDenied', 'Access denied.'],
    ['invalidId', 'Invalid identifier.'],
    ['notFound', 'Status is not found.'],
    ['notUpdated', 'Error on updating status.'],
  ]),
]
