/**
 * crm.documentgenerator.document.list. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-list.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `select`, `filter`, `order` and `start` (50 a page), the `{ documents }` answer with `total` and
 * `next`, and the error table. The mock answers the page's example, deal 101's documents 61 and 59
 * (specs/shared/document-method.ts says why documents are not kept in its store), for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenListParams, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import { viewForbiddenRow } from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.list',
  scope: 'crm',
  summary: { ru: 'Получить список документов', en: 'List documents' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.list` возвращает документы по фильтру, по 50 на страницу, в `documents`.',
    en: 'The `crm.documentgenerator.document.list` method returns the documents matching a filter, 50 per page, in `documents`.',
  },
  access: createDocumentAccess('read', 'viewForbidden'),
  params: createDocgenListParams(
    {
      ru: 'Поля документа прямые: `entityTypeId` в `select` не берется, для него нужен `*`.',
      en: 'Only direct document fields: `entityTypeId` is not taken in `select`; it needs `*`.',
    },
    {
      ru: 'По `entityTypeId` и `entityId` отбираются документы объекта CRM.',
      en: '`entityTypeId` and `entityId` pick the documents of a CRM object.',
    },
  ),
  result: {
    type: 'object',
    properties: [
      {
        name: 'documents',
        type: 'array',
        required: true,
        items: { type: 'object' },
        description: { ru: 'Документы страницы', en: 'The documents of the page' },
      },
    ],
    description: { ru: 'Документы страницы в `documents`', en: 'The documents of the page in `documents`' },
  },
  errors: [
    {
      id: 'unknownSelectField',
      code: '100',
      status: 400,
      text: 'Unknown field definition ENTITY_TYPE_ID (ENTITY_TYPE_ID) for \\Bitrix\\DocumentGenerator\\Model\\Document Entity',
      kind: 'invalidParams',
      when: {
        ru: '`select` называет `entityTypeId`, которого нет среди прямых полей',
        en: '`select` names `entityTypeId`, which is not a direct field',
      },
    },
    {
      id: 'accessDenied',
      code: 'ACCESS_DENIED',
      status: 400,
      text: 'Access denied',
      kind: 'accessDenied',
      when: { ru: 'Нет права на чтение объектов CRM из фильтра', en: 'The user may not read the CRM objects of the filter' },
    },
    viewForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'listDeal101Documents',
      title: { ru: 'Получить документы сделки 101', en: 'List the documents of deal 101' },
      params: {
        select: ['id', 'title', 'number', 'entityId', 'createTime'],
        order: { id: 'desc' },
        filter: { entityTypeId: 2, entityId: 101 },
        start: 0,
      },
      result: {
        documents: [
          {
            id: '61',
            title: 'Demonstration implementation of product 2026-001',
            number: '2026-002',
            templateId: '39',
            fileId: '283',
            imageId: '285',
            pdfId: '287',
            createTime: '2026-03-20T13:51:45+03:00',
            updateTime: '2026-03-20T14:42:38+03:00',
            values: { _creationMethod: 'rest', stampsEnabled: true },
            createdBy: '577',
            updatedBy: '577',
            downloadUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.download&SITE_ID=s1&id=61',
            pdfUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getPdf&SITE_ID=s1&id=61',
            imageUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getImage&SITE_ID=s1&id=61',
            stampsEnabled: true,
            entityId: '101',
            entityTypeId: '2',
            downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?auth=***&token=***',
            pdfUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getPdf.json?auth=***&token=***',
            imageUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getImage.json?auth=***&token=***',
          },
          {
            id: '59',
            title: 'Demonstration implementation of product 2026-001',
            number: '2026-001',
            templateId: '39',
            fileId: '271',
            imageId: '273',
            pdfId: '275',
            createTime: '2026-03-20T13:28:26+03:00',
            updateTime: '2026-03-20T13:28:26+03:00',
            values: { _creationMethod: 'rest', stampsEnabled: true },
            createdBy: '577',
            updatedBy: null,
            downloadUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.download&SITE_ID=s1&id=59',
            pdfUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getPdf&SITE_ID=s1&id=59',
            imageUrl:
              'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getImage&SITE_ID=s1&id=59',
            stampsEnabled: true,
            entityId: '101',
            entityTypeId: '2',
            downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?auth=***&token=***',
            pdfUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getPdf.json?auth=***&token=***',
            imageUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getImage.json?auth=***&token=***',
          },
        ],
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.getfields',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.delete',
  ],
  operation: { kind: 'example', entity: 'document' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
