/**
 * crm.documentgenerator.template.list. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select`, `filter`, `order` and `start` (50 a page), the answer `{ templates }` keyed by template id
 * with `total` and `next`, and the error table. The mock answers the page's example, templates 37 and
 * 39 (specs/shared/template-method.ts says why templates are not kept in its store), for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createDocgenListParams,
  listDocgenSiblings,
  moduleMissingRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import { templateOutOfReachRow } from './shared/template-method.js'

const fieldNames =
  '`id`, `name`, `region`, `code`, `active`, `moduleId`, `numeratorId`, `withStamps`, `isDeleted`, `sort`, `createTime`, `updateTime`'

export default defineMethod({
  method: 'crm.documentgenerator.template.list',
  scope: 'crm',
  summary: { ru: 'Получить список шаблонов документов', en: 'List document templates' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.list` возвращает шаблоны документов по фильтру, по 50 на страницу, в `templates` с ключом по id.',
    en: 'The `crm.documentgenerator.template.list` method returns the document templates matching a filter, 50 per page, in `templates` keyed by id.',
  },
  access: templateEditorAccess,
  params: createDocgenListParams(
    {
      ru: `Поля: ${fieldNames}, а также \`entityTypeId\` и \`users\`.`,
      en: `The fields: ${fieldNames}, and \`entityTypeId\` and \`users\`.`,
    },
    {
      ru: 'Без `isDeleted` удаленные шаблоны не входят; `moduleId` всегда `crm`.',
      en: 'Without `isDeleted`, deleted templates are left out; `moduleId` is always `crm`.',
    },
  ),
  result: {
    type: 'object',
    properties: [
      {
        name: 'templates',
        type: 'object',
        required: true,
        values: { type: 'object' },
        description: { ru: 'Шаблоны страницы по id', en: 'The templates of the page by id' },
      },
    ],
    description: { ru: 'Шаблоны страницы в `templates`', en: 'The templates of the page in `templates`' },
  },
  errors: [templateOutOfReachRow, templatesForbiddenRow, moduleMissingRow],
  errorExample: 'docgenAccessError',
  examples: [
    {
      id: 'listGermanTemplates',
      title: { ru: 'Получить активные шаблоны региона `de`', en: 'List the active templates of the `de` region' },
      params: {
        select: ['id', 'name', 'region', 'entityTypeId', 'users'],
        order: { id: 'desc' },
        filter: { region: 'de', active: 'Y' },
        start: 0,
      },
      result: {
        templates: {
          '37': {
            id: '37',
            name: 'Inventory Write-off Report (United States)',
            region: 'de',
            download: 'https://mysite.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.template.download&SITE_ID=s1&id=37',
            users: ['UA'],
            entityTypeId: ['2_category_37', 'bitrix\\crm\\integration\\documentgenerator\\dataprovider\\storedocumentdeduct'],
            downloadMachine: 'https://mysite.com/rest/crm.documentgenerator.template.download.json?auth=***&token=***',
          },
          '39': {
            id: '39',
            name: 'Product demonstration implementation',
            region: 'de',
            download: 'https://mysite.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.template.download&SITE_ID=s1&id=39',
            users: ['UA'],
            entityTypeId: ['2_category_0', '2_category_32'],
            downloadMachine: 'https://mysite.com/rest/crm.documentgenerator.template.download.json?auth=***&token=***',
          },
        },
      },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.template.list'),
  operation: { kind: 'example', entity: 'documentTemplate' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
