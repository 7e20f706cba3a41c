/**
 * crm.calllist.add. Sources: the official pages api-reference/crm/call-list/crm-calllist-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `ENTITY_TYPE`, `ENTITIES`, `WEBFORM_ID`, the new id as result, the error table with its statuses
 * and server texts. The mock answers the page's example (specs/shared/calllist-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import {
  callListReadAccess,
  createCallListMemberParams,
  createMissingParamRow,
  entitiesNotArrayRow,
  keepSplitMissingRows,
  keepTextAccess,
  listCallListSiblings,
  webformRow,
} from './shared/calllist-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

const errors = [
  createMissingParamRow('ENTITY_TYPE'),
  createMissingParamRow('ENTITIES'),
  entitiesNotArrayRow,
  createErrorRow(
    'entityTypeInvalid',
    'ENTITY_TYPE_ERROR',
    'Incorrect entity type',
    'invalidParams',
    '`ENTITY_TYPE` не `CONTACT` и не `COMPANY`',
    '`ENTITY_TYPE` is neither `CONTACT` nor `COMPANY`',
  ),
  createErrorRow(
    'entitiesInvalid',
    'ENTITY_ERROR',
    'Incorrect entities id',
    'invalidParams',
    'В `ENTITIES` есть идентификаторы, которых нет в CRM',
    '`ENTITIES` holds IDs CRM does not have',
  ),
  webformRow,
  createErrorRow(
    'noAccess',
    'ACCESS_ERROR',
    "You don't have access to these entities",
    'accessDenied',
    'Пользователь не может читать ни один из переданных объектов',
    'The user may read none of the objects sent',
    403,
  ),
]

export default defineMethod({
  method: 'crm.calllist.add',
  scope: 'crm',
  summary: { ru: 'Создать обзвон', en: 'Add a call list' },
  description: {
    ru: 'Метод `crm.calllist.add` создает обзвон из контактов или компаний и возвращает его идентификатор.',
    en: 'The `crm.calllist.add` method creates a call list of contacts or companies and returns its ID.',
  },
  access: callListReadAccess,
  params: createCallListMemberParams({
    ru: 'Идентификаторы контактов или компаний (например, из `crm.item.list`).',
    en: 'The IDs of the contacts or companies (from `crm.item.list`, say).',
  }),
  result: { type: 'integer', description: { ru: 'Идентификатор нового обзвона', en: 'The ID of the new call list' } },
  errors,
  errorExample: 'entitiesNotArray',
  examples: [
    {
      id: 'addContacts',
      title: { ru: 'Обзвон трех контактов с CRM-формой 5', en: 'A call list of three contacts with CRM form 5' },
      params: { ENTITY_TYPE: 'CONTACT', ENTITIES: [1, 2, 3], WEBFORM_ID: 5 },
      result: 11,
    },
  ],
  related: listCallListSiblings('crm.calllist.add'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepTextAccess, ...keepSplitMissingRows(['ENTITY_TYPE', 'ENTITIES'], errors)]
