/**
 * crm.requisite.list. Sources: the official pages api-reference/crm/requisites/universal/crm-requisite-list.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select`, `filter`, `order`, `start` and pages of 50, the `Access denied.` row (code `0`). The page's
 * first example asks for preset 1's requisites by creation date: its answer (40, 41, 42) leaves out
 * requisite 27, which the get page reads on preset 1, so here the answer is the default store's four.
 * Its second example reads a custom field the sample portal alone has, so it is left out.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRequisiteAccess, listRequisiteSiblings, requisiteListParams } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.list',
  scope: 'crm',
  summary: { ru: 'Получить список реквизитов', en: 'List requisites' },
  description: {
    ru: 'Метод `crm.requisite.list` возвращает реквизиты по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.requisite.list` method returns the requisites matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: {
    ...createRequisiteAccess('read', 'чтения', 'read'),
    description: {
      ru: 'пользователь с правом «чтения» компаний и контактов',
      en: 'a user with the "read" permission on companies and contacts',
    },
  },
  params: requisiteListParams,
  result: {
    type: 'array',
    description: {
      ru: 'Реквизиты страницы (не более 50); поля как у `crm.requisite.get`',
      en: 'The requisites of the page (at most 50), fields as `crm.requisite.get` prints them',
    },
  },
  errors: [
    {
      id: 'accessDenied',
      code: '0',
      status: 400,
      text: 'Access denied.',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права на чтение реквизитов', en: 'The user may not read requisites' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listPreset1Requisites',
      title: { ru: 'Реквизиты на шаблоне 1 по дате создания', en: 'The requisites on preset 1 by creation date' },
      params: {
        order: { DATE_CREATE: 'ASC' },
        filter: { PRESET_ID: '1' },
        select: ['ENTITY_TYPE_ID', 'ENTITY_ID', 'ID', 'NAME'],
      },
      result: [
        { ENTITY_TYPE_ID: '4', ENTITY_ID: '1', ID: '27', NAME: 'Organization' },
        { ENTITY_TYPE_ID: '4', ENTITY_ID: '3027', ID: '40', NAME: 'Organization' },
        { ENTITY_TYPE_ID: '4', ENTITY_ID: '3028', ID: '41', NAME: 'Headquarters details' },
        { ENTITY_TYPE_ID: '4', ENTITY_ID: '3028', ID: '42', NAME: 'Branch in Chernyakhovsk' },
      ],
    },
  ],
  related: listRequisiteSiblings('crm.requisite.list'),
  operation: { kind: 'list', entity: 'requisite', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
