/**
 * crm.calllist.list. Sources: the official pages api-reference/crm/call-list/crm-calllist-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `SELECT`, `FILTER` (with its prefixes) and `ORDER`, the call lists as result, the error row with its
 * status and server text. The mock answers the page's example (call lists of contacts by descending
 * id) to any call (specs/shared/calllist-method.ts says why).
 */
import { defineMethod } from '@b24kit/spec'
import { callListReadAccess, createCallListProperties, keepTextAccess, listCallListSiblings } from './shared/calllist-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

export default defineMethod({
  method: 'crm.calllist.list',
  scope: 'crm',
  summary: { ru: 'Получить список обзвонов', en: 'List call lists' },
  description: {
    ru: 'Метод `crm.calllist.list` возвращает обзвоны по фильтру, с выбранными полями и в заданном порядке.',
    en: 'The `crm.calllist.list` method returns the call lists matching a filter, with the chosen fields, in the given order.',
  },
  access: callListReadAccess,
  params: [
    {
      name: 'SELECT',
      type: 'array',
      required: false,
      items: { type: 'string' },
      description: {
        ru: 'Поля ответа: `ID`, `DATE_CREATE`, `CREATED_BY_ID`, `WEBFORM_ID`, `ENTITY_TYPE_ID`; по умолчанию все.',
        en: 'The fields to answer: `ID`, `DATE_CREATE`, `CREATED_BY_ID`, `WEBFORM_ID`, `ENTITY_TYPE_ID`; all by default.',
      },
    },
    {
      name: 'FILTER',
      type: 'object',
      required: false,
      description: {
        ru: 'Фильтр по `ID`, `CREATED_BY_ID`, `WEBFORM_ID`, `ENTITY_TYPE_ID` с префиксами `>=`, `>`, `<=`, `<`, `@`, `!@`, `=`, `!=`, `!`.',
        en: 'The filter by `ID`, `CREATED_BY_ID`, `WEBFORM_ID`, `ENTITY_TYPE_ID` with the prefixes `>=`, `>`, `<=`, `<`, `@`, `!@`, `=`, `!=`, `!`.',
      },
    },
    {
      name: 'ORDER',
      type: 'object',
      required: false,
      values: { type: 'string', enum: [{ value: 'ASC' }, { value: 'DESC' }] },
      description: { ru: 'Сортировка: поле -> `ASC` или `DESC`.', en: 'The sort order: field -> `ASC` or `DESC`.' },
    },
  ],
  result: {
    type: 'array',
    items: { type: 'object', properties: createCallListProperties(false) },
    description: {
      ru: 'Обзвоны с полями из `SELECT`, значения строками',
      en: 'The call lists with the `SELECT` fields, values as strings',
    },
  },
  errors: [
    createErrorRow(
      'unknownField',
      '100',
      'Unknown field definition `FIELD` (FIELD) for \\Bitrix\\Crm\\CallList\\Internals\\CallList Entity.',
      'invalidParams',
      'В `SELECT`, `FILTER` или `ORDER` передано поле, которого у обзвона нет',
      '`SELECT`, `FILTER` or `ORDER` names a field call lists do not have',
    ),
  ],
  errorExample: 'unknownField',
  examples: [
    {
      id: 'contactListsByIdDesc',
      title: { ru: 'Обзвоны контактов по убыванию `ID`', en: 'Call lists of contacts by descending `ID`' },
      params: { SELECT: ['ID', 'CREATED_BY_ID'], FILTER: { ENTITY_TYPE_ID: 3 }, ORDER: { ID: 'DESC' } },
      result: [
        { ID: '13', CREATED_BY_ID: '29' },
        { ID: '9', CREATED_BY_ID: '1' },
        { ID: '3', CREATED_BY_ID: '131' },
        { ID: '1', CREATED_BY_ID: '131' },
      ],
    },
  ],
  related: listCallListSiblings('crm.calllist.list'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepTextAccess]
