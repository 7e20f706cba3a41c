/**
 * crm.calllist.items.get. Sources: the official pages api-reference/crm/call-list/
 * crm-calllist-items-get.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it, `LIST_ID` and the `STATUS` filter, the members with their call
 * status as result (`ENTITY_TYPE` as the entity type id, a number), the error table with its
 * statuses and server texts. The mock answers the example for call list 13 and the
 * `Call list is not found` row to other calls (specs/shared/calllist-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import {
  callListReadAccess,
  createCallListIdParam,
  createMissingParamRow,
  keepTextAccess,
  listCallListSiblings,
} from './shared/calllist-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

const notFoundWhen = ['Обзвона с таким `LIST_ID` нет', 'No call list has this `LIST_ID`'] as const

export default defineMethod({
  method: 'crm.calllist.items.get',
  scope: 'crm',
  summary: { ru: 'Получить участников обзвона', en: 'Get the members of a call list' },
  description: {
    ru: 'Метод `crm.calllist.items.get` возвращает контакты или компании обзвона со статусом звонка, по желанию только с одним статусом.',
    en: 'The `crm.calllist.items.get` method returns the contacts or companies of a call list with their call status, optionally those of one status.',
  },
  access: callListReadAccess,
  params: [
    createCallListIdParam('LIST_ID'),
    {
      name: 'FILTER',
      type: 'object',
      required: false,
      properties: [
        {
          name: 'STATUS',
          type: 'string',
          description: { ru: 'Код статуса из `crm.calllist.statuslist`', en: 'A status code from `crm.calllist.statuslist`' },
        },
      ],
      description: {
        ru: 'Отбор по статусу звонка: `{ STATUS: "IN_WORK" }`.',
        en: 'Only the members of one call status: `{ STATUS: "IN_WORK" }`.',
      },
    },
  ],
  result: {
    type: 'array',
    items: {
      type: 'object',
      properties: [
        { name: 'ID', type: 'integer', required: true, description: { ru: 'Идентификатор участника', en: 'The member ID' } },
        { name: 'STATUS', type: 'string', required: true, description: { ru: 'Статус звонка', en: 'The call status' } },
        {
          name: 'ENTITY_TYPE',
          type: 'integer',
          required: true,
          description: { ru: 'Тип участника: 3 (контакт) или 4 (компания)', en: "The member's type: 3 (contact) or 4 (company)" },
        },
      ],
    },
    description: { ru: 'Участники со статусом звонка', en: 'The members with their call status' },
  },
  errors: [
    createMissingParamRow('LIST_ID'),
    createErrorRow(
      'listIdNotPositive',
      'LIST_ID_ERROR',
      'List id should be positive',
      'invalidParams',
      '`LIST_ID` меньше единицы',
      '`LIST_ID` is below one',
    ),
    createErrorRow('listNotFound', 'LIST_ID_ERROR', 'Call list is not found', 'notFound', ...notFoundWhen),
    createErrorRow(
      'statusInvalid',
      'STATUS_ERROR',
      'Incorrect status',
      'invalidParams',
      'Статуса из `FILTER.STATUS` нет в `crm.calllist.statuslist`',
      'The `FILTER.STATUS` status is not in `crm.calllist.statuslist`',
    ),
    createErrorRow(
      'noAccess',
      'ACCESS_ERROR',
      'You do not have access to the participants of this call list',
      'accessDenied',
      'Пользователь не может читать ни одного участника обзвона',
      'The user may read none of the members',
      403,
    ),
  ],
  errorExample: 'listIdNotPositive',
  examples: [
    {
      id: 'membersInWork',
      title: { ru: 'Участники обзвона 13 в работе', en: 'The members of call list 13 in progress' },
      params: { LIST_ID: 13, FILTER: { STATUS: 'IN_WORK' } },
      result: [
        { ID: 9, STATUS: 'IN_WORK', ENTITY_TYPE: 3 },
        { ID: 17, STATUS: 'IN_WORK', ENTITY_TYPE: 3 },
        { ID: 19, STATUS: 'IN_WORK', ENTITY_TYPE: 3 },
      ],
    },
  ],
  related: listCallListSiblings('crm.calllist.items.get'),
  operation: { kind: 'example', noMatch: 'listNotFound' },
})

const splitReason = 'the table lists both texts of `LIST_ID_ERROR` in one cell; the server sends one of them, so each is its own row'

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  keepTextAccess,
  { path: 'errors[code LIST_ID_ERROR, text List id should be positive, Call list is not found]', docs: 'present', reason: splitReason },
  { path: 'errors[listIdNotPositive]', docs: '(absent)', reason: splitReason },
  { path: 'errors[listNotFound]', docs: '(absent)', reason: splitReason },
]
