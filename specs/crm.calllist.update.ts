/**
 * crm.calllist.update. Sources: the official pages api-reference/crm/call-list/crm-calllist-update.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `LIST_ID`, `ENTITY_TYPE`, `ENTITIES` (the whole new member list), `WEBFORM_ID` (cleared when left
 * out), `true` as result, the error table with its statuses and server texts. The page's example
 * changes call list 123; the family's other pages work on call list 13, so the example does too.
 * The mock answers `true` to any call its params' rules let through (specs/shared/calllist-method.ts
 * says why it does not model the change).
 */
import { defineMethod } from '@b24kit/spec'
import {
  callListReadAccess,
  createCallListIdParam,
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
  createMissingParamRow('LIST_ID'),
  createMissingParamRow('ENTITY_TYPE'),
  createMissingParamRow('ENTITIES'),
  createErrorRow(
    'entityTypeInvalid',
    'ENTITY_TYPE_ERROR',
    'EntityType is incorrect',
    'invalidParams',
    '`ENTITY_TYPE` не `CONTACT` и не `COMPANY`',
    '`ENTITY_TYPE` is neither `CONTACT` nor `COMPANY`',
  ),
  entitiesNotArrayRow,
  createErrorRow(
    'entitiesInvalid',
    'ENTITIES_ERROR',
    'Incorrect entities id',
    'invalidParams',
    'В `ENTITIES` есть идентификаторы, которых нет в CRM',
    '`ENTITIES` holds IDs CRM does not have',
  ),
  createErrorRow(
    'listNotFound',
    'LIST_ID_ERROR',
    'Incorrect list id or access denied',
    'notFound',
    'Обзвона с таким `LIST_ID` нет или к нему нет доступа',
    'No call list has this `LIST_ID`, or the user may not reach it',
  ),
  createErrorRow(
    'entityTypeMismatch',
    'ENTITY_TYPE_ERROR',
    'Discrepancy between the type of call participants and incoming type',
    'invalidParams',
    '`ENTITY_TYPE` не совпадает с типом участников обзвона',
    "`ENTITY_TYPE` differs from the type of the call list's members",
  ),
  webformRow,
  createErrorRow(
    'noAccess',
    'ACCESS_ERROR',
    'Access Denied',
    'accessDenied',
    'У пользователя нет права на чтение контактов или компаний',
    'The user may not read contacts or companies',
    403,
  ),
]

export default defineMethod({
  method: 'crm.calllist.update',
  scope: 'crm',
  summary: { ru: 'Изменить состав обзвона', en: 'Update a call list' },
  description: {
    ru: 'Метод `crm.calllist.update` заменяет участников обзвона `LIST_ID` и его CRM-форму. Чтобы добавить или убрать участника, передайте весь новый список.',
    en: 'The `crm.calllist.update` method replaces the members of call list `LIST_ID` and its CRM form. To add or remove a member, send the whole new list.',
  },
  access: callListReadAccess,
  params: [
    createCallListIdParam('LIST_ID'),
    ...createCallListMemberParams({
      ru: 'Новый полный список идентификаторов контактов или компаний: он заменяет прежний.',
      en: 'The new full list of contact or company IDs: it replaces the old one.',
    }),
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true` при успехе', en: '`true` on success' } },
  errors,
  errorExample: 'entityTypeInvalid',
  examples: [
    {
      id: 'replaceMembers',
      title: { ru: 'Заменить участников обзвона 13', en: 'Replace the members of call list 13' },
      params: { LIST_ID: 13, ENTITY_TYPE: 'CONTACT', ENTITIES: [1, 2, 3], WEBFORM_ID: 5 },
      result: true,
    },
  ],
  related: listCallListSiblings('crm.calllist.update'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepTextAccess, ...keepSplitMissingRows(['LIST_ID', 'ENTITY_TYPE', 'ENTITIES'], errors)]
