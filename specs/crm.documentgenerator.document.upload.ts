/**
 * crm.documentgenerator.document.upload. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-upload.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` with the ready DOCX (and optional PDF and image) in base64, the `{ document }` answer and
 * the error table. The mock answers the page's example, document 63 for deal 101
 * (specs/shared/document-method.ts says why documents are not kept in its store), for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocumentAccess, createMissingParamRow, moduleMissingRow } from './shared/document-generator.js'
import { createCodeZeroRow, viewForbiddenRow, wrappedDocumentResult } from './shared/document-method.js'
import { fileNotSavedRow } from './shared/template-method.js'

/** A base64 file content of `fields`. */
const content = (name: string, required: boolean, ru: string, en: string) =>
  ({ name, type: 'string', required, description: { ru: `${ru} в base64`, en: `${en} in base64` } }) as const

export default defineMethod({
  method: 'crm.documentgenerator.document.upload',
  scope: 'crm',
  summary: { ru: 'Загрузить готовый документ', en: 'Upload a ready document' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.upload` прикрепляет к объекту CRM готовый файл DOCX как документ и возвращает его в `document`.',
    en: 'The `crm.documentgenerator.document.upload` method attaches a ready DOCX file to a CRM object as a document and returns it in `document`.',
  },
  access: createDocumentAccess('update', 'viewForbidden'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      invalidError: 'fieldsMissing',
      properties: [
        {
          name: 'entityTypeId',
          type: 'integer',
          required: true,
          description: { ru: 'Тип объекта CRM (`2`: сделка)', en: 'The CRM object type (`2`: deal)' },
        },
        { name: 'entityId', type: 'integer', required: true, description: { ru: 'Объект CRM', en: 'The CRM object' } },
        content('fileContent', true, 'Файл DOCX', 'The DOCX file'),
        { name: 'region', type: 'string', required: true, description: { ru: 'Регион, например `ru`', en: 'The region, such as `ru`' } },
        { name: 'title', type: 'string', required: true, description: { ru: 'Название документа', en: 'The document title' } },
        { name: 'number', type: 'string', required: true, description: { ru: 'Номер документа', en: 'The document number' } },
        content('pdfContent', false, 'Файл PDF', 'The PDF file'),
        content('imageContent', false, 'Изображение', 'The image'),
      ],
      description: { ru: 'Документ и объект CRM, к которому он прикрепляется', en: 'The document and the CRM object it is attached to' },
    },
  ],
  result: { ...wrappedDocumentResult, description: { ru: 'Загруженный документ в `document`', en: 'The uploaded document in `document`' } },
  errors: [
    createMissingParamRow('fieldsMissing', 'fields'),
    {
      id: 'fieldsNotArray',
      code: '100',
      status: 400,
      text: 'Invalid value {} to match with parameter {fields}. Should be value of type array.',
      kind: 'invalidParams',
      when: { ru: '`fields` передан не объектом', en: '`fields` is not an object' },
    },
    createCodeZeroRow(
      'requiredFieldsEmpty',
      'Empty required fields: entityTypeId, fileContent, region, entityId',
      'Не заполнены обязательные поля',
      'Required fields are empty',
    ),
    createCodeZeroRow('fileContentEmpty', 'Empty required fields: fileContent', 'Не передан `fileContent`', '`fileContent` is missing'),
    createCodeZeroRow('wrongEntityType', 'Wrong "entityTypeId" field value', 'Неверный `entityTypeId`', '`entityTypeId` is wrong'),
    createCodeZeroRow(
      'noProvider',
      'No provider for entityTypeId',
      'Для `entityTypeId` нет источника данных',
      'No data source serves the `entityTypeId`',
    ),
    createCodeZeroRow('wrongEntity', 'Wrong "entityId" field value', 'Неверный `entityId`', '`entityId` is wrong'),
    createCodeZeroRow('fileMissing', 'Missing file content', 'Файл не передан или не читается', 'The file is missing or unreadable'),
    { ...fileNotSavedRow, when: { ru: 'Портал не смог сохранить файл', en: 'The portal could not store the file' } },
    createCodeZeroRow(
      'crmMissing',
      'Module crm is not installed',
      'На портале нет модуля CRM',
      'The portal has no CRM module',
      'serverError',
    ),
    createCodeZeroRow(
      'wrongProvider',
      'Wrong provider ...',
      'Неверный источник данных документа',
      'The document data source is wrong',
      'serverError',
    ),
    createCodeZeroRow('appNotFound', 'Application not found', 'Не определено приложение REST', 'The REST application is unknown'),
    createCodeZeroRow(
      'hiddenFileFailed',
      'Error generating file for template',
      'Портал не смог создать служебный шаблон',
      'The portal could not make the hidden template',
      'serverError',
    ),
    createCodeZeroRow(
      'hiddenTemplateFailed',
      'Error getting template',
      'Портал не смог получить служебный шаблон',
      'The portal could not get the hidden template',
      'serverError',
    ),
    viewForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'fieldsMissing',
  examples: [
    {
      id: 'uploadForDeal101',
      title: { ru: 'Загрузить документ для сделки 101', en: 'Upload a document for deal 101' },
      params: {
        fields: {
          entityTypeId: 2,
          entityId: 101,
          fileContent: '**base64_docx_content**',
          region: 'de',
          title: 'Product demonstration',
          number: '2026-001',
          pdfContent: '**base64_pdf_content**',
          imageContent: '**base64_image_content**',
        },
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
            'https://bitrix.bitrix24.com/bitrix/services/main/ajax.php?action=crm.documentgenerator.document.download&SITE_ID=s1&id=63',
          publicUrl: null,
          title: 'Product demonstration',
          number: '2026-001',
          id: '63',
          createTime: '2026-03-20T17:08:24+03:00',
          createdBy: '577',
          updateTime: '2026-03-20T17:08:24+03:00',
          updatedBy: null,
          stampsEnabled: false,
          isTransformationError: false,
          values: { productsTableVariant: '', _creationMethod: 'rest' },
          templateId: '55',
          pullTag: 'TRANSFORMDOCUMENT63',
          emailDiskFile: 5619,
          entityId: '101',
          entityTypeId: '2',
          downloadUrlMachine: 'https://bitrix.bitrix24.com/rest/crm.documentgenerator.document.download.json?auth=***&token=***',
        },
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.list',
  ],
  operation: { kind: 'example', entity: 'document' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
