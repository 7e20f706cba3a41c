/**
 * crm.documentgenerator.document.update. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `values` and `stampsEnabled`, the `{ document }` answer and the error table. The mock answers
 * the page's example, document 61 (specs/shared/document-method.ts says why documents are not kept in
 * its store), and `Document not found` for any other call. The page's two `Document not found`
 * rows send the same code and text: the spec keeps one.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import {
  createModifyForbiddenRow,
  documentFaultRow,
  documentIdParam,
  documentNotFoundRow,
  documentValuesParam,
  stampsEnabledParam,
  wrappedDocumentResult,
} from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.update',
  scope: 'crm',
  summary: { ru: 'Изменить документ', en: 'Update a document' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.update` меняет значения полей документа или печати, заново создает файл и возвращает документ в `document`.',
    en: 'The `crm.documentgenerator.document.update` method changes the field values or stamps of a document, makes its file again and returns it in `document`.',
  },
  access: createDocumentAccess('update', 'modifyForbidden'),
  params: [documentIdParam, documentValuesParam, stampsEnabledParam],
  result: { ...wrappedDocumentResult, description: { ru: 'Измененный документ в `document`', en: 'The changed document in `document`' } },
  errors: [
    documentFaultRow,
    createDocgenAccessRow('Нет доступа к документу', 'The document is out of reach'),
    documentNotFoundRow,
    createModifyForbiddenRow('0'),
    { ...moduleMissingRow, code: '0' },
    {
      id: 'notSaved',
      code: '0',
      status: 400,
      text: 'Cant update not saved document',
      kind: 'invalidParams',
      when: { ru: 'Документ еще не сохранен', en: 'The document is not saved yet' },
    },
    {
      id: 'fileNotProcessable',
      code: '0',
      status: 400,
      text: 'DOCUMENT_FILE_NOT_PROCESSABLE_ERROR',
      kind: 'invalidParams',
      when: { ru: 'Файл шаблона поврежден или неверен', en: 'The template file is damaged or malformed' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'renumberDocument61',
      title: { ru: 'Сменить номер документа 61 и включить печати', en: 'Renumber document 61 and turn stamps on' },
      params: {
        id: 61,
        values: { DocumentNumber: '2026-002' },
        stampsEnabled: 1,
      },
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
          number: '2026-002',
          id: '61',
          createTime: '2026-03-20T14:42:39+03:00',
          createdBy: null,
          updateTime: '2026-03-20T14:42:38+03:00',
          updatedBy: 577,
          stampsEnabled: true,
          isTransformationError: false,
          values: { productsTableVariant: '', _creationMethod: 'rest', stampsEnabled: true, DocumentNumber: '2026-002' },
          templateId: '39',
          pullTag: 'TRANSFORMDOCUMENT61',
          imageUrl:
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getImage&SITE_ID=s1&id=61',
          pdfUrl: 'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getPdf&SITE_ID=s1&id=61',
          emailDiskFile: 5611,
          entityId: '101',
          entityTypeId: '2',
          downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?...',
        },
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.getfields',
    'crm.documentgenerator.document.list',
    'crm.documentgenerator.document.delete',
    'crm.documentgenerator.template.getfields',
  ],
  operation: { kind: 'example', entity: 'document', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'errors[code 0, text Document not found]',
    docs: 'present',
    reason:
      "the page's second `Document not found` row (a document of another module) has the code and the English text of the first, so a caller cannot tell them apart; the spec keeps one",
  },
]
