/**
 * crm.documentgenerator.document.getfields. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-get-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id` and `values`, the `{ documentFields }` answer and the error table. The mock answers the page's
 * example, document 101 (specs/shared/document-method.ts says why documents are not kept in its
 * store), and `Document not found` for any other call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import { documentFaultRow, documentIdParam, documentNotFoundRow, documentValuesParam } from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.getfields',
  scope: 'crm',
  summary: { ru: 'Получить поля документа', en: 'Get the fields of a document' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.getfields` возвращает поля документа с их значениями в `documentFields`.',
    en: 'The `crm.documentgenerator.document.getfields` method returns the fields of a document, with their values, in `documentFields`.',
  },
  access: createDocumentAccess('update', 'modifyDocumentsForbidden'),
  params: [documentIdParam, documentValuesParam],
  result: {
    type: 'object',
    properties: [
      {
        name: 'documentFields',
        type: 'object',
        required: true,
        values: { type: 'object' },
        description: {
          ru: 'Поля по имени: `title`, `value`, `default`, `required`, `group`, `chain`, `type`',
          en: 'The fields by name: `title`, `value`, `default`, `required`, `group`, `chain`, `type`',
        },
      },
    ],
    description: { ru: 'Поля документа в `documentFields`', en: 'The document fields in `documentFields`' },
  },
  errors: [
    documentFaultRow,
    createDocgenAccessRow('Нет доступа к документу', 'The document is out of reach'),
    documentNotFoundRow,
    {
      id: 'modifyDocumentsForbidden',
      code: '',
      status: 400,
      text: 'You do not have permissions to modify documents',
      kind: 'accessDenied',
      when: { ru: 'У пользователя нет права на изменение документов', en: 'The user may not change documents' },
    },
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getFieldsOfDocument101',
      title: { ru: 'Получить поля документа 101 с заданным номером', en: 'Get the fields of document 101 with a number set' },
      params: {
        id: 101,
        values: { DocumentNumber: '2026-001' },
      },
      result: {
        documentFields: {
          DocumentNumber: {
            title: 'Number',
            value: '2026-001',
            required: 'Y',
            group: ['Document'],
            chain: 'this.DOCUMENT.DOCUMENT_NUMBER',
            default: '2026-001',
          },
          MyCompanyUfLogo: {
            title: 'Logo',
            value: null,
            type: 'IMAGE',
            group: ['Document', 'My Company'],
            chain: 'this.SOURCE.MY_COMPANY.UF_LOGO',
            default: null,
          },
          MY_COMPANY: {
            title: 'My Company',
            value: [
              { value: '340', title: 'Wheel of Fortune', selected: true },
              { value: '358', title: 'Bitrix Development', selected: false },
            ],
            group: ['Document', 'My Company'],
          },
        },
      },
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.list',
    'crm.documentgenerator.document.delete',
    'crm.documentgenerator.template.getfields',
  ],
  operation: { kind: 'example', entity: 'document', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
