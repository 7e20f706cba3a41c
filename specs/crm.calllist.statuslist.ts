/**
 * crm.calllist.statuslist. Sources: the official pages api-reference/crm/call-list/
 * crm-calllist-statuslist.md in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs
 * (Russian): scope, who may call it (any user), no parameters, the statuses as result, no error rows
 * of its own. The mock answers the example: the statuses live in crm.status.* (`CALL_LIST`), which
 * the mock does not join to this answer.
 */
import { defineMethod } from '@b24kit/spec'
import { listCallListSiblings } from './shared/calllist-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.calllist.statuslist',
  scope: 'crm',
  summary: { ru: 'Получить статусы звонков обзвона', en: 'Get the call statuses of call lists' },
  description: {
    ru: 'Метод `crm.calllist.statuslist` возвращает статусы звонков. Статусы меняют методы `crm.status.*`.',
    en: 'The `crm.calllist.statuslist` method returns the call statuses. The `crm.status.*` methods change them.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    items: {
      type: 'object',
      properties: [
        { name: 'ID', type: 'integer', required: true, description: { ru: 'Идентификатор статуса', en: 'The status ID' } },
        { name: 'NAME', type: 'string', required: true, description: { ru: 'Название', en: 'The name' } },
        { name: 'SORT', type: 'integer', required: true, description: { ru: 'Порядок сортировки', en: 'The sort order' } },
        {
          name: 'STATUS_ID',
          type: 'string',
          required: true,
          description: { ru: 'Код статуса для `crm.calllist.items.get`', en: 'The status code for `crm.calllist.items.get`' },
        },
      ],
    },
    description: { ru: 'Статусы звонков', en: 'The call statuses' },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'callStatuses',
      title: { ru: 'Статусы звонков', en: 'The call statuses' },
      params: {},
      result: [
        { ID: 61, NAME: 'In Progress', SORT: 10, STATUS_ID: 'IN_WORK' },
        { ID: 63, NAME: 'Successful', SORT: 20, STATUS_ID: 'SUCCESS' },
        { ID: 65, NAME: 'Wrong Number', SORT: 30, STATUS_ID: 'WRONG_NUMBER' },
        { ID: 67, NAME: 'Do Not Call Again', SORT: 40, STATUS_ID: 'STOP_CALLING' },
      ],
    },
  ],
  related: listCallListSiblings('crm.calllist.statuslist'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
