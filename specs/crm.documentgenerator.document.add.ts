/**
 * crm.documentgenerator.document.add. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `templateId`, `entityTypeId`, `entityId`, `values`, `stampsEnabled` and `fields`, the `{ document }`
 * answer and the error table. The mock answers the page's example, document 61 made from template 39
 * for deal 101 (specs/shared/document-method.ts says why documents are not kept in its store), for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import { createCodeZeroRow, documentValuesParam, stampsEnabledParam, wrappedDocumentResult } from './shared/document-method.js'
import { templateNotFoundRow } from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.add',
  scope: 'crm',
  summary: { ru: 'Создать документ по шаблону', en: 'Make a document from a template' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.add` создает документ по шаблону для объекта CRM и возвращает его в `document`.',
    en: 'The `crm.documentgenerator.document.add` method makes a document from a template for a CRM object and returns it in `document`.',
  },
  access: createDocumentAccess('update', 'docgenAccessError'),
  params: [
    {
      name: 'templateId',
      type: 'integer',
      required: true,
      sources: ['crm.documentgenerator.template.list'],
      description: { ru: 'Шаблон документа.', en: 'The document template.' },
    },
    {
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      description: { ru: 'Тип объекта CRM (`2`: сделка).', en: 'The CRM object type (`2`: deal).' },
    },
    {
      name: 'entityId',
      type: 'integer',
      required: true,
      description: { ru: 'Объект CRM, из которого берутся данные.', en: 'The CRM object the data comes from.' },
    },
    documentValuesParam,
    stampsEnabledParam,
    {
      name: 'fields',
      type: 'object',
      required: false,
      description: {
        ru: 'Описания полей документа по имени, как их дает `crm.documentgenerator.template.getfields`.',
        en: 'Document field descriptions by name, as `crm.documentgenerator.template.getfields` gives them.',
      },
    },
  ],
  result: { ...wrappedDocumentResult, description: { ru: 'Новый документ в `document`', en: 'The new document in `document`' } },
  errors: [
    createCodeZeroRow(
      'noProvider',
      'No provider for entityTypeId',
      'Для `entityTypeId` нет источника данных',
      'No data source serves the `entityTypeId`',
    ),
    createCodeZeroRow('entityIdEmpty', 'Empty required parameter "value"', 'Не передан `entityId`', '`entityId` is missing'),
    createCodeZeroRow('templateDeleted', 'Cannot create document on deleted template', 'Шаблон удален', 'The template is deleted'),
    createCodeZeroRow(
      'notCreated',
      'Cannot create document',
      'Портал не смог создать документ',
      'The portal could not make the document',
      'serverError',
    ),
    createDocgenAccessRow('Нет права на создание документа', 'The user may not make the document'),
    {
      id: 'limitReached',
      code: 'DOCGEN_LIMIT_ERROR',
      status: 400,
      text: 'Maximum count of documents has been reached',
      kind: 'invalidRequest',
      when: { ru: 'Исчерпан лимит документов тарифа', en: "The plan's document limit is reached" },
    },
    createCodeZeroRow(
      'numberFailed',
      'Error getting next number',
      'Нумератор не выдал следующий номер',
      'The numerator gave no next number',
      'serverError',
    ),
    {
      id: 'templateFault',
      code: '100',
      status: 400,
      text: 'Bitrix\\DocumentGenerator\\Template constructor must be is public',
      kind: 'invalidParams',
      when: { ru: 'Не передан верный `templateId`', en: 'No valid `templateId` is sent' },
    },
    { ...moduleMissingRow, code: '0' },
    templateNotFoundRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'addFromTemplate39',
      title: { ru: 'Создать документ по шаблону 39 для сделки 101', en: 'Make a document from template 39 for deal 101' },
      params: {
        templateId: 39,
        entityTypeId: 2,
        entityId: 101,
        values: { DocumentNumber: '2026-001' },
        fields: {
          DocumentTitle: {
            title: 'Document Name',
            value: 'Demo fulfillment of product 1',
            required: 'Y',
            default: 'Demo fulfillment of product 1',
            chain: [{}, 'getTitle'],
            VALUE: 'Test via fields',
          },
        },
        stampsEnabled: 1,
      },
      result: {
        document: {
          changeStampsEnabled: false,
          changeStampsDisabledReason: 'The template is missing seals and signatures',
          changeQrCodeEnabled: false,
          qrCodeEnabled: false,
          changeQrCodeDisabledReason: 'The template is missing a QR code',
          products: { currencyId: 'UAH', totalSum: '0.00', totalRows: 0 },
          downloadUrl:
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.download&SITE_ID=s1&id=61',
          downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?...',
          publicUrl: null,
          id: 61,
          title: 'Demo fulfillment of product 2026-001',
          number: '2026-001',
          createTime: '2026-03-20T13:51:45+03:00',
          createdBy: 577,
          updateTime: '2026-03-20T13:51:45+03:00',
          updatedBy: null,
          stampsEnabled: true,
          isTransformationError: false,
          values: { productsTableVariant: '', _creationMethod: 'rest', stampsEnabled: true, DocumentNumber: '2026-001' },
          templateId: '39',
          pullTag: 'TRANSFORMDOCUMENT61',
          imageUrl:
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getImage&SITE_ID=s1&id=61',
          pdfUrl: 'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.getPdf&SITE_ID=s1&id=61',
          emailDiskFile: 5605,
          entityId: '101',
          entityTypeId: '2',
        },
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.getfields',
    'crm.documentgenerator.document.list',
    'crm.documentgenerator.document.delete',
    'crm.documentgenerator.template.getfields',
  ],
  operation: { kind: 'example', entity: 'document' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
