/**
 * crm.calllist.get. Sources: the official pages api-reference/crm/call-list/crm-calllist-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `ID`, the call list without its members as result (values as strings, `DATE_CREATE` as
 * `YYYY-MM-DD HH:MM:SS`), the error table with its statuses and server texts. The page asks for call
 * list 123 and answers call list 13; the example asks for 13. The mock answers the example and the
 * `LIST_ID_ERROR` row to any other id (specs/shared/calllist-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import {
  callListReadAccess,
  createCallListIdParam,
  createCallListProperties,
  createMissingParamRow,
  keepTextAccess,
  listCallListSiblings,
} from './shared/calllist-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.calllist.get',
  scope: 'crm',
  summary: { ru: 'Получить обзвон по id', en: 'Get a call list by ID' },
  description: {
    ru: 'Метод `crm.calllist.get` возвращает обзвон по `ID`, без участников (их отдает `crm.calllist.items.get`).',
    en: 'The `crm.calllist.get` method returns a call list by `ID`, without its members (`crm.calllist.items.get` gives them).',
  },
  access: callListReadAccess,
  params: [createCallListIdParam('ID')],
  result: {
    type: 'object',
    properties: createCallListProperties(true),
    description: { ru: 'Обзвон: значения строками', en: 'The call list: values as strings' },
  },
  errors: [
    createMissingParamRow('ID'),
    createErrorRow(
      'listNotFound',
      'LIST_ID_ERROR',
      'Incorrect list id',
      'notFound',
      'Обзвона с таким `ID` нет или у пользователя нет права на чтение',
      'No call list has this `ID`, or the user may not read it',
    ),
  ],
  errorExample: 'listNotFound',
  examples: [
    {
      id: 'getCallList13',
      title: { ru: 'Получить обзвон 13', en: 'Get the call list 13' },
      params: { ID: 13 },
      result: {
        ID: '13',
        DATE_CREATE: '2025-07-14 08:47:19',
        CREATED_BY_ID: '29',
        WEBFORM_ID: '1',
        ENTITY_TYPE_ID: '3',
        ENTITY_TYPE: 'CONTACT',
      },
    },
  ],
  related: listCallListSiblings('crm.calllist.get'),
  operation: { kind: 'example', noMatch: 'listNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepTextAccess]
