/**
 * crm.documentgenerator.document.get. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the `{ document }` answer and the error table. The mock answers the page's document 61
 * (specs/shared/document-method.ts says why documents are not kept in its store), and
 * `Document not found` for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import {
  createForeignDocumentRow,
  documentFaultRow,
  documentIdParam,
  documentNotFoundRow,
  viewForbiddenRow,
  wrappedDocumentResult,
} from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.get',
  scope: 'crm',
  summary: { ru: 'Получить документ по Id', en: 'Get a document by ID' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.get` возвращает документ по идентификатору в `document`.',
    en: 'The `crm.documentgenerator.document.get` method returns a document by its ID in `document`.',
  },
  access: createDocumentAccess('read', 'viewForbidden'),
  params: [documentIdParam],
  result: { ...wrappedDocumentResult, description: { ru: 'Документ в `document`', en: 'The document in `document`' } },
  errors: [
    createDocgenAccessRow('Нет доступа к документу', 'The document is out of reach'),
    documentNotFoundRow,
    createForeignDocumentRow(''),
    documentFaultRow,
    viewForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getDocument61',
      title: { ru: 'Получить документ с `id = 61`', en: 'Get the document with `id = 61`' },
      params: { id: 61 },
      result: {
        document: {
          changeStampsEnabled: false,
          changeStampsDisabledReason: 'No seals or signatures in the template',
          changeQrCodeEnabled: false,
          qrCodeEnabled: false,
          changeQrCodeDisabledReason: 'No QR code in the template',
          products: { currencyId: 'UAH', totalSum: '0.00', totalRows: 0 },
          downloadUrl:
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.download&SITE_ID=s1&id=61',
          publicUrl: null,
          title: 'Demonstration implementation of product 2026-001',
          number: '2026-001',
          id: '61',
          createTime: '2026-03-20T13:51:45+03:00',
          createdBy: '577',
          updateTime: '2026-03-20T13:51:45+03:00',
          updatedBy: null,
          stampsEnabled: true,
          isTransformationError: false,
          values: { productsTableVariant: '', _creationMethod: 'rest', stampsEnabled: true },
          templateId: '39',
          pullTag: 'TRANSFORMDOCUMENT61',
          imageUrl:
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getImage&SITE_ID=s1&id=61',
          pdfUrl: 'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getPdf&SITE_ID=s1&id=61',
          emailDiskFile: 5609,
          entityId: '101',
          entityTypeId: '2',
          downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?...',
          imageUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getImage.json?...',
          pdfUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.getPdf.json?...',
        },
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.getfields',
    'crm.documentgenerator.document.list',
    'crm.documentgenerator.document.delete',
    'crm.documentgenerator.template.get',
  ],
  operation: { kind: 'example', entity: 'document', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
